if x > 2  # c
  pass
