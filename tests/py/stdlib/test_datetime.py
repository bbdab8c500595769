from datetime import *
class D(date): pass
class TD(timedelta): pass
class DT(datetime): pass
print(repr(D(2020,1,1)), repr(TD(1)), repr(DT(2020,1,1)), repr(D(2020,1,1)+timedelta(1)), type(TD(1)+TD(1)))
print(repr(timedelta(1)/0.5))
for t in ["timedelta(1)/0.0", "timedelta(1)//0.0", "divmod(timedelta(1), timedelta(0))", "date(2020,1,1) < datetime(2020,1,1)", "date(2020,1,1) == datetime(2020,1,1)",
          "date(999,1,1).strftime('%Y %y %G %C')", "date(2020,1,1).strftime('%Q %e %k %l %D %F %T %R %r %c %x %X %u %V %U %W %j %h %n %t %g %s')", "datetime(2020,1,1,13,5,7,12).strftime('%I %p %f %z %Z|')",
          "d.foo", "setattr(d, 'year', 5)", "date(True, 1, 1)", "timedelta(1) * 1.5", "timedelta(seconds=1) / 3", "timedelta(microseconds=-1)", "str(timedelta(microseconds=-1))",
          "timedelta(days=-1, seconds=5)", "str(-timedelta(hours=1))", "timedelta(0.5, 0.5, 0.5)", "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)", "timedelta(seconds=0.0000005)",
          "timedelta(weeks=1.1, days=0.3, hours=0.123456789)", "str(timedelta(days=2, hours=3.5))", "timedelta(1) // timedelta(hours=5)", "timedelta(1) % timedelta(hours=5)", "divmod(timedelta(1), timedelta(hours=7))",
          "timedelta(hours=3) // 2", "-timedelta(hours=3) // 7", "abs(timedelta(-1))", "timedelta(1).total_seconds()", "timedelta(microseconds=1).total_seconds()", "bool(timedelta(0))", "timedelta.max", "timedelta.min", "timedelta.resolution",
          "date.max", "date.min", "datetime.max", "datetime.min", "time.max", "time.min", "date.resolution", "str(timezone.utc)", "repr(timezone.utc)", "timezone(timedelta(hours=-5, minutes=-30))", "str(timezone(timedelta(hours=-5, minutes=-30)))",
          "str(timezone(timedelta(seconds=61.5)))", "timezone.min", "timezone.max", "UTC", "timezone(timedelta(0)) is timezone.utc", "timezone(timedelta(0))", "timezone(timedelta(0), 'UTC')",
          "datetime(2020,2,29,12,30,tzinfo=timezone(timedelta(hours=2)))", "str(datetime(2020,2,29,12,30,0,500,tzinfo=timezone(timedelta(hours=2))))", "time(1,2,3,4,tzinfo=timezone.utc, fold=1)",
          "datetime(2020,1,1,fold=1)", "date(2020,1,1).isocalendar()", "date(2020,1,1).isocalendar()[1]", "date(2020,1,1).isocalendar().week", "date(2021,1,1).isocalendar()", "type(date(2021,1,1).isocalendar())",
          "date(2020,1,1).ctime()", "datetime(2020,1,9,5,6,7).ctime()", "time(1,2).isoformat('hours')", "time(1,2,3,4500).isoformat('milliseconds')", "time(1,2,3,4500).isoformat()", "time(1,2).isoformat()",
          "datetime(2020,1,1).isoformat(' ', 'seconds')", "datetime.fromisoformat('2020-01-02T03:04:05.123+05:30')", "datetime.fromisoformat('2020-01-02')", "datetime.fromisoformat('20200102T030405Z')",
          "datetime.fromisoformat('2020-W01-3 10:00')", "datetime.fromisoformat('2020-01-02 03:04:05.1234567')", "time.fromisoformat('T10:20')", "time.fromisoformat('102030')", "time.fromisoformat('10:20:30,5')", "date.fromisoformat('2020-W53-7')",
          "datetime.fromisoformat('2020-01-02T03')", "datetime.fromisoformat('2020-01-02T03:04:05-0800')", "datetime.fromisoformat('2020-01-02T24:00')", "datetime.fromisoformat('2020-01-02T03:04:05+05:30:15.5')",
          "date.fromordinal(737425)", "date(2020,1,1).toordinal()", "date.fromisocalendar(2020, 53, 7)", "datetime.combine(date(2020,1,1), time(5, tzinfo=timezone.utc))",
          "datetime(2020,1,1,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=3)))", "datetime(2020,1,1,tzinfo=timezone.utc).timestamp()", "datetime.fromtimestamp(86400.5, timezone.utc)", "datetime.utcfromtimestamp(1e9)",
          "datetime(2020,1,1,tzinfo=timezone.utc) == datetime(2020,1,1,3,tzinfo=timezone(timedelta(hours=3)))", "datetime(2020,1,1,tzinfo=timezone.utc) - datetime(2019,12,31,23,tzinfo=timezone(timedelta(hours=-3)))",
          "datetime(2020,1,1) == datetime(2020,1,1,tzinfo=timezone.utc)", "time(1) == time(1, tzinfo=timezone.utc)", "format(date(2020,1,1), '%d/%m')", "format(date(2020,1,1), '')", "f'{datetime(2020,1,1):%Y}'",
          "datetime.strptime('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S')", "datetime.strptime('04 Mar 2020 1PM', '%d %b %Y %I%p')", "datetime.strptime('2020-03-04x', '%Y-%m-%d')", "datetime.strptime('2020-03-04T05:06:07.25+0100', '%Y-%m-%dT%H:%M:%S.%f%z')",
          "date(2020,1,31).replace(day=1)", "datetime(2020,1,31,5).replace(tzinfo=timezone.utc)", "datetime(2020,1,1).date()", "datetime(2020,1,1,5,tzinfo=timezone.utc).time()", "datetime(2020,1,1,5,tzinfo=timezone.utc).timetz()",
          "sorted([date(2020,1,2), date(2019,5,5)])", "max(timedelta(1), timedelta(hours=30))", "date(2020,3,1) - date(2020,2,1)", "datetime(2020,3,1) - datetime(2020,2,1,12,0,0,1)",
          "date(2020,1,1).weekday()", "date(2020,1,1).isoweekday()", "datetime(2020,1,1,23,59,59,999999) + timedelta(microseconds=1)", "time(12).utcoffset()", "timezone(timedelta(hours=1)).utcoffset(None)", "timezone.utc.dst(None)",
          "datetime(2020,1,1,tzinfo=timezone.utc).utcoffset()", "datetime(2020,1,1,tzinfo=timezone.utc).tzname()", "datetime(2020,1,1).tzname()", "hash(timedelta(1,2,3)) == hash((1,2,3))", "timedelta(1) == 1", "timedelta(1) != 'x'",
          "date.fromtimestamp(0) == date(1970,1,1)", "datetime(1970,1,1,tzinfo=timezone.utc).timestamp()", "tzinfo().utcoffset(None)", "timedelta(hours=25).days", "timedelta(hours=25).seconds",
          "str(timedelta(days=-2, seconds=3))", "str(timedelta(days=10, microseconds=5))", "str(timedelta(days=1))", "timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)",
          "datetime(2020,1,1) + timedelta(days=-1, seconds=1)", "date(2020,1,1) + timedelta(hours=47)", "date(2020,1,1) - timedelta(hours=1)", "timedelta(1) + date(2020,1,1)",
          "import copy; copy.deepcopy(datetime(2020,1,1,tzinfo=timezone.utc))", "datetime(2020, 5, 17).strftime('%A %a %B %b %d %j %p %y %%')", "time(13, 4).strftime('%H:%M %p %I')",
          "datetime(2020,1,1).__reduce__()", "date(2020,1,1).__reduce__()", "timedelta(1,2,3).__reduce__()", "timezone(timedelta(hours=1), 'X').__reduce__()",
          "date(2020, 1, 1) != None", "date(2020,1,1) in {date(2020,1,1)}", "min(datetime(2020,1,1), datetime(2019,1,1))", "timedelta(seconds=1e-7)", "timedelta(days=1e-12)", "timedelta(0, 86399.9999999)",
          "timedelta(days=-1.5)", "str(timedelta(days=-1.5))", "timedelta(minutes=1.0000001)", "timedelta(1) * 0.1", "timedelta(3) / 7", "timedelta(seconds=10) / 4.0", "timedelta(seconds=-7) // 2", "timedelta(seconds=-7) % timedelta(seconds=2)",
         ]:
    d = date(2020,1,1)
    try:
        if t.startswith('import'):
            exec(t.split(';')[0]); r = eval(t.split(';')[1])
        else:
            r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

tests = [
 "date(0,1,1)", "date(10000,1,1)", "date(2020,13,1)", "date(2020,2,30)", "date(2020.0,1,1)", "date('2020',1,1)", "date(2020,1)",
 "time(24)", "time(0,60)", "time(0,0,60)", "time(0,0,0,1000000)", "time(fold=2)", "time(tzinfo=1)",
 "datetime(2020,1,1,25)", "timedelta(days=1e10)", "timedelta(days=1000000000)", "timedelta('1')",
 "date(2020,1,1) + 1", "date(2020,1,1) < 1", "date(2020,1,1) - datetime(2020,1,1)", "datetime(2020,1,1) - date(2020,1,1)",
 "datetime(2020,1,1) < date(2020,1,1)", "datetime(2020,1,1) == date(2020,1,1)",
 "datetime(2020,1,1) < datetime(2020,1,1,tzinfo=timezone.utc)", "datetime(2020,1,1) - datetime(2020,1,1,tzinfo=timezone.utc)",
 "timedelta(1) / 0", "timedelta(1) // 0", "timedelta(1) % timedelta(0)", "timedelta(1) * 'a'", "timedelta(1) + 1",
 "date.fromisoformat('2020-1-1')", "date.fromisoformat(20200101)", "datetime.fromisoformat('garbage')", "time.fromisoformat('25:00')",
 "timezone(timedelta(hours=24))", "timezone(1)", "timezone(timedelta(seconds=1.5))", "date.max + timedelta(1)", "date.min - timedelta(1)",
 "date.fromordinal(0)", "date(2020,1,1).replace(month=13)", "datetime.strptime('x','%Y')", "timedelta.max + timedelta(1)",
 "time(1) < time(1, tzinfo=timezone.utc)", "time(1) - time(1)", "date(2020,1,1).__format__(1)", "timedelta(1) < 1",
 "datetime(2020,1,1).isoformat(sep='ab')", "date.fromisocalendar(2020, 54, 1)", "date.fromisocalendar(2020, 1, 8)",
 "date(2020,1,1) - 1", "timedelta(1) - date(2020,1,1)", "abs(date(2020,1,1))", "-date(2020,1,1)", "timezone.utc.utcoffset(1)",
 "timezone(timedelta(hours=1), 'x').tzname(1)", "datetime(2020,1,1, tzinfo=timezone.utc) + datetime(2020,1,1)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
import time as T
for ts in [0, 1e9, 1.5e9 + 0.25, 1700000000, -86400*365, 1583020800]:
    d = datetime.fromtimestamp(ts)
    print(d, d.timestamp(), date.fromtimestamp(ts), datetime.utcfromtimestamp(ts))
    a = d.astimezone()
    print(datetime(2020, 7, 1, 12).timestamp(), datetime(2020, 1, 1, 12).timestamp())
    print(datetime(2020, 7, 1, 12, tzinfo=timezone.utc).astimezone().utcoffset())
n = datetime.now(); t = T.time()
print(abs(n.timestamp() - t) < 2, abs(datetime.now(timezone.utc).timestamp() - t) < 2, date.today() == n.date() or True)
print(datetime.now(timezone.utc).tzinfo, type(datetime.today()))
print(datetime(2020,1,1).strftime('%s'))
import itertools
pieces = ['10', '1020', '102030', '10:20', '10:20:30', '10.5', '10:20.5', '102030.123', '10:20:30.1234567', '10:2030', '1020:30', '10:20:30.', '10,5', '10:20:30,12',
          '10:20:30Z', '10Z', '10:20:30+01', '10:20:30+0130', '10:20:30+01:30', '10:20:30-01:30:15', '10:20:30+01:30:15.5', '10:20:30+00:00:00.5', '10:20:30+0', '10:20:30+', '10:20:30Zx', '1', '', 'T10', 'T', '10x', '10:20x', '10:20:30x', '10:20:30.5x', '10:20+05', '10+05', '10:20:30+05x', '24:00', '10:60']
for p in pieces:
    for f in (time.fromisoformat, lambda x: datetime.fromisoformat('2020-01-01T' + x), lambda x: datetime.fromisoformat('2020-01-01 ' + x)):
        try:
            print(repr(p), repr(f(p)))
        except Exception as e:
            print(repr(p), type(e).__name__, e)
for d in ['2020-W01-1', '2020-W011', '2020W01-1', '2020W011', '2020W01', '2020-W01', '2020-W1', '2020-01-01', '20200101', '2020-W01-110', '2020W0110', '2020W01101', '2020-W01-1T10', '2020-W01T10', '2020W01T10', '2020W011T10', '2020-W01-', '2020-01', '2020-001']:
    for f in (date.fromisoformat, datetime.fromisoformat):
        try:
            print(repr(d), repr(f(d)))
        except Exception as e:
            print(repr(d), type(e).__name__, e)
