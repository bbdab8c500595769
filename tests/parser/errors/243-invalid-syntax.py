class A:
    def f(self):
        .edges = []
