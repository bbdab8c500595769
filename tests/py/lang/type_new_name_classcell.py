# type() rejects a NUL in the name and a __classcell__ that is not a cell; super() still works
for args in [('X\x00', (), {}), ('X', (), {'__classcell__': 5}), ('X', (), {'__classcell__': None})]:
    try:
        type(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Base:
    def m(self):
        return 'base'
class Child(Base):
    def m(self):
        return 'child+' + super().m()
print(Child().m(), __class__ if False else 'ok')
