f(c b)
