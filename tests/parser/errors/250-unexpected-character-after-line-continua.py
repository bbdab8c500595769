print([next(g) f\or _ in range(12)])
