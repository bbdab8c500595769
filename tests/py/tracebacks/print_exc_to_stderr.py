# traceback.print_exc() writes the same report an uncaught exception prints
import traceback


def inner(x):
    return 10 / x


try:
    inner(0)
except ZeroDivisionError:
    traceback.print_exc()
print('after')
exit(3)
