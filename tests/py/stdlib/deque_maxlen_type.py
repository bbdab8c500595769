# deque's maxlen is read with PyLong_AsSsize_t: an int (no __index__), 'an integer is required'
import collections
class I:
    def __index__(self): return 3
for m in [1.5, I(), True, 2**70, 'a', -1, 3]:
    try: print(collections.deque(maxlen=m).maxlen)
    except Exception as e: print(type(e).__name__, e)
