# the ^^^ line counts wide characters (CJK, emoji: east_asian_width W or F) as two columns, as
# CPython 3.11's traceback._display_width, in the default report and in the traceback module
import traceback, sys
d = {}
try:
    x = d['名前'] + d['年齢']
except KeyError:
    traceback.print_exc(file=sys.stdout)
def f(名前):
    return 名前 / 0
try:
    f(1)
except ZeroDivisionError:
    print(traceback.format_exc())
x = ('🎉', d['年齢'])
