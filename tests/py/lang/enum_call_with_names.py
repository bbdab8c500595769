# calling an Enum class with a second argument creates an enum, which cannot extend one with members
from enum import Enum
class Color(Enum):
    RED = 1
for args in [(1, 2), ('Shade', 'DARK LIGHT'), (3, ['A'])]:
    try:
        print(list(Color(*args)))
    except TypeError as e:
        print('TypeError:', e)
class Empty(Enum):
    pass
print(list(Empty('Sub', 'X Y')), Empty('Sub', 'X Y').__mro__[1])
