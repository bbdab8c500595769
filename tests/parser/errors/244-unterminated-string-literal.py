items = a', 'b', 'c']
