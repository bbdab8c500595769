print("not printed")
values = [3, 1, 2]
squares = [(v := v * v) for v in values]
