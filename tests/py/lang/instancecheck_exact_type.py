# isinstance() answers True for an exact type match before asking __instancecheck__
class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return inst == 'yes'
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return sub is int
class Chk(metaclass=Meta):
    pass
class Sub(Chk):
    pass
print(isinstance(Chk(), Chk))
print(isinstance(Sub(), Chk))
print(isinstance('yes', Chk), isinstance('no', Chk))
print(isinstance(Chk(), (int, Chk)))
print(issubclass(int, Chk), issubclass(Chk, Chk))
