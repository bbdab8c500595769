f(a, b
  c)
