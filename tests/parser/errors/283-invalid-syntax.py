def {chain(self):
    return 1
