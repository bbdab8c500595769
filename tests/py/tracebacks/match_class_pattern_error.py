# a class pattern with more positional sub-patterns than __match_args__ allows
class Point:
    __match_args__ = ('x',)
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0):
            return 'on the y axis'
        case Point(x, y):
            return f'at {x}, {y}'
print(where(Point(0, 3)))
print(where(Point(1, 2)))
