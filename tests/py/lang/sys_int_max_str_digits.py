import sys
print(sys.get_int_max_str_digits())
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print("limited:", e)
sys.set_int_max_str_digits(0)
print(len(str(x)), len(str(int("7" * 6000))))
sys.set_int_max_str_digits(maxdigits=5001)
print(sys.get_int_max_str_digits(), len(str(x)))
for bad in [lambda: sys.set_int_max_str_digits(5), lambda: sys.set_int_max_str_digits("a"), lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(1000, 2), lambda: sys.set_int_max_str_digits(foo=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
