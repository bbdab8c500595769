x = 1.e5j
y = 3 +
