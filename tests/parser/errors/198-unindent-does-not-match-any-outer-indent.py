def f():
    é = 1
  y = 2
