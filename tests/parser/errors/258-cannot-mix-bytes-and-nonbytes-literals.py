x = 'a' b'b'; y = = 1
