print(repr(exit), repr(quit), type(exit).__name__)
try:
    quit()
except SystemExit as e:
    print('quit code', e.code)
print('exiting')
exit(4)
print('not reached')
