if é > 2
  pass
