result = func(arg1 arg2)
