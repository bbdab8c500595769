f(ma x)
