print('a' 'b' 'c)
