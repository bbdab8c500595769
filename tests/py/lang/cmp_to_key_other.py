# functools.cmp_to_key objects compare only with each other
import functools
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) >= K(2), K(1) == K(1), K(1) != K(2))
for thunk in (lambda: K(1) < 5, lambda: K(1) == 'x', lambda: 5 > K(1)):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)
print(sorted([3, 1, 2], key=K))
