class A:
    x = 1
    """    def area(self):
        return 1
