while x < 10
