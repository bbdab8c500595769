# lib/ modules that are C modules in CPython (datetime, struct, array, binascii, time's calendar
# functions, pickle, hashlib) leave no traceback entries: only the program's frames are shown
import datetime, struct, array, binascii, time, traceback, sys
for f in [lambda: datetime.date(2020, 13, 1), lambda: struct.pack('i', 'x'), lambda: array.array('b', [300]), lambda: binascii.unhexlify('0'), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: datetime.timedelta(1) + 1]:
    try:
        f()
    except Exception as e:
        print(len(traceback.extract_tb(e.__traceback__)), type(e).__name__, e)
        traceback.print_exc(file=sys.stdout)
d = datetime.date(2020, 1, 1)
key = lambda x: 1 / 0
def user_cb():
    return sorted([d, d], key=key)
try:
    user_cb()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
import pickle, hashlib
class Bad:
    def __reduce__(self):
        raise TypeError("cannot reduce Bad")
for f in [lambda: pickle.dumps(lambda: 1), lambda: pickle.dumps(Bad()), lambda: pickle.loads(b'garbage'), lambda: hashlib.md5('text'), lambda: hashlib.sha256().update(5)]:
    try:
        f()
    except Exception as e:
        traceback.print_exc(file=sys.stdout)
pickle.loads(b'\x80\x04K')
