f(b c)
