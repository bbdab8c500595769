import time
print(time.strftime('%c|%x|%X|%D|%e|%T|%R|%r|%h|%C|%g|%G|%V|%u|%k|%l|%s|%n|%t|%F|%z|%Z|%W|%U', time.gmtime(1700000000)))
print(repr(time.strftime('%Q %', time.gmtime(0))))
print(time.strftime('%Y', (2024,1,1,0,0,0,0,1,0)))
for bad in [(2024,13,1,0,0,0,0,1,0),(2024,1,32,0,0,0,0,1,0),(2024,1,1,24,0,0,0,1,0),(2024,1,1,0,60,0,0,1,0),(2024,1,1,0,0,62,0,1,0),(2024,1,1,0,0,0,7,1,0),(2024,1,1,0,0,0,0,367,0), (2024,0,0,0,0,0,0,0,0), (2024,1,1,0,0,0,-2,1,0)]:
    try: print(time.strftime('%Y-%m-%d %j %w %a', bad))
    except Exception as e: print(type(e).__name__, e)
try: time.strftime('%Y', (1,2))
except Exception as e: print(type(e).__name__, e)
try: time.gmtime('x')
except Exception as e: print(type(e).__name__, e)
print(time.gmtime(-1), time.gmtime(1.9).tm_sec, time.gmtime(-1.5).tm_sec)
t=time.gmtime(0); print(t.tm_zone, t.tm_gmtoff, len(t), t.n_fields, t.n_sequence_fields)
print(time.strptime('5 Mar 2024 14:30', '%d %b %Y %H:%M'))
print(time.strptime('Tuesday, 07/04/99 03:05:09 PM', '%A, %m/%d/%y %I:%M:%S %p'))
print(time.strptime('2024 100', '%Y %j'))
try: time.strptime('2024-3', '%Y-%m-%d')
except Exception as e: print(type(e).__name__, e)
try: time.strptime('2024-03-05x', '%Y-%m-%d')
except Exception as e: print(type(e).__name__, e)
print(repr(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'UTC', 0))), time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'UTC', 0)).tm_zone)
try: time.struct_time((1,2,3))
except Exception as e: print(type(e).__name__, e)
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.gmtime(0)[-1], time.gmtime(0)[2:4])
print(time.get_clock_info('time'))
for ts in (0, 951782400, 1234567890, 2**31, 4102444800, -86400 * 366, 253402300799):
    g = time.gmtime(ts)
    print(ts, tuple(g), time.strftime('%G-W%V-%u %U %W', g), time.mktime(time.localtime(ts)) == ts)
print(type(time.struct_time), time.struct_time.__name__, type(time.gmtime(0)))
try:
    time.gmtime(0).tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
