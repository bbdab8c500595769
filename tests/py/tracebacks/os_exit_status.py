# os._exit: the process ends at once with the status (no atexit callbacks, no __del__ at exit)
import os, atexit
atexit.register(print, 'atexit ran')
class A:
    def __del__(self): print('del ran')
a = A()
try:
    os._exit('a')
except TypeError as e:
    print(e)
try:
    os._exit()
except TypeError as e:
    print(e)
print('bye')
os._exit(4)
