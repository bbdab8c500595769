for a, k in [((), {}), ((1,2,3,4,5,6,7,8,9), {}), (('x',), {'bogus': 1}), ((), {'mode': 'r'}), (('x',), {'file': 'y'})]:
    try: open(*a, **k)
    except TypeError as e: print(e)
