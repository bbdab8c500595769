print("not printed")
x = [y for y in (z := [1, 2])]
