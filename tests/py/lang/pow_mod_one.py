# pow(b, e, m) with m == 1 or -1 is 0, even for e == 0 or a base with no inverse
for args in [(2, 0, 1), (0, 0, 1), (5, 3, 1), (2, 0, -1), (2, -1, 1), (0, -1, 1), (4, -1, -1), (2**70, 0, 1),
             (0, 0, 5), (3, 0, 7), (2, 0, -3), (True, 0, True)]:
    print(args, pow(*args))
for args in [(0, -1, 5), (2, -1, 4), (2, 3, 0)]:
    try:
        pow(*args)
    except ValueError as e:
        print(args, 'ValueError:', e)
