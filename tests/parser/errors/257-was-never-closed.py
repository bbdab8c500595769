class R:
    def f(self):
        return s{elf
    def g(self):
        return 1
