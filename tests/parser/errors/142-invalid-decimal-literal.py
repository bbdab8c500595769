x = 5.abs
