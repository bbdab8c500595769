try:
    raise ValueError("a") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise 5
except TypeError as e: print(e)
try:
    raise ValueError from 5
except TypeError as e: print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e: print(e)
try:
    raise NotExc()
except TypeError as e: print(e)
class BadNew(Exception):
    def __new__(cls): return 5
try:
    raise BadNew
except TypeError as e: print(e)
