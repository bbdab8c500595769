class C:
    def m(self):
        return [
            1,
            2
        ]
    x = (
