del x, f()
