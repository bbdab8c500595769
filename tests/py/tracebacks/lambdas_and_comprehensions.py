# frames of lambdas and comprehensions
upper = lambda s: s.upper()
print(list(map(upper, ['a', 'b'])))
ratios = [10 / d for d in [5, 2, 1]]
print(ratios)
print([10 // d for d in [3, 0]])
