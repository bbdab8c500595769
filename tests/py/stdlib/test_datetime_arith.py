from datetime import *
import random
r = random.Random(5)
out = []
for i in range(150):
    args = {}
    for k in ['days','seconds','microseconds','milliseconds','minutes','hours','weeks']:
        if r.random() < 0.4:
            c = r.random()
            if c < 0.3: args[k] = r.randint(-10**6, 10**6)
            elif c < 0.6: args[k] = r.uniform(-1000, 1000)
            elif c < 0.8: args[k] = r.randint(-3, 3) + r.choice([0.5, 0.25, 1e-7, 0.0000005, 1.5e-6, 2.5e-6])
            else: args[k] = r.uniform(-1, 1) * 1e-3
    try:
        td = timedelta(**args)
        print(repr(td), str(td), td.total_seconds())
        f = r.uniform(-3, 3)
        print(repr(td * f), repr(td / 3), repr(td // 7), repr(td / f) if f else '', repr(td * 3))
        other = timedelta(seconds=r.randint(1, 10**6), microseconds=r.randint(0, 999999))
        print(td // other, repr(td % other), td / other, repr(divmod(td, other)))
    except Exception as e:
        print(type(e).__name__, e)
for i in range(100):
    o = r.randint(1, 3652059)
    d = date.fromordinal(o)
    print(d, d.toordinal() == o, d.weekday(), d.isocalendar(), d.strftime('%a %A %b %B %j %U %W %u %w %V %G %g %y %C %D %e'), date.fromisocalendar(*d.isocalendar()) == d, date.fromisoformat(d.isoformat()) == d)
    dt = datetime.combine(d, time(r.randint(0,23), r.randint(0,59), r.randint(0,59), r.randint(0, 999999)))
    print(repr(dt), dt.isoformat(), dt.strftime('%I %p %H:%M:%S.%f %c %x %X %r %R %T %k %l'), datetime.fromisoformat(dt.isoformat()) == dt)
    try:
        print(repr(dt + timedelta(days=r.randint(-10**5, 10**5), seconds=r.randint(-10**5, 10**5))))
    except OverflowError as e:
        print(e)
for s in ['2020-01-01T00:00:00', '2020-01-01 00:00', '2020-01-01T00', '2020-01-01T0', '2020-01-01T00:0', '20200101', '2020-0101', '202001-01', '2020-W01', '2020W01', '2020W013', '2020-W01-3T10', '2020W0131015',
          '2020-01-01T10:20:30.5', '2020-01-01T10:20:30.', '2020-01-01T10:20:30.1234567890', '2020-01-01T10:20:30+01', '2020-01-01T10:20:30+0130', '2020-01-01T10:20:30+01:30:45', '2020-01-01T10:20:30-00:00',
          '2020-01-01T10:20:30Z', '2020-01-01T10:20:30z', '2020-01-01T1020', '2020-01-01T102030', '2020-01-01T10:2030', '2020-01-01T1020:30', '2020-01-01T', '2020-01-01X10:20', '2020-01-01 10:20:30+01:00:00.5', '2020-02-30',
          '0000-01-01', '2020-13-01', '2020-01-01T25:00', '2020-01-01T10:20:30+25:00', '2020-01-01T10:20:30 ', ' 2020-01-01', '2020-01-01T10:20:30.123+01:00', '2020-W53', '2021-W53', '2020-W00', '2020-W01-0', '2020-W01-8',
          '２０２０-01-01', '2020-1-01', '2020-01-1', '2020/01/01', '2020-01-01T10:20:30+01:3', '2020-01-01T10:20:30+1', '2020-01-01T10:20:30+01:30:4', '2020-01-01T10:20:30.12+01:30:45.123456', '2020-01-01T10:20:30,5', '2020']:
    for f in (datetime.fromisoformat, date.fromisoformat, time.fromisoformat):
        try:
            print(s, repr(f(s)))
        except Exception as e:
            print(s, type(e).__name__, e)
for s, fmt in [('2020-3-4', '%Y-%m-%d'), ('20200304', '%Y%m%d'), ('  2020 03 04', '%Y %m %d'), ('2020-03-04 ', '%Y-%m-%d'), ('Mar 4 2020', '%b %d %Y'), ('march 4 2020', '%B %d %Y'), ('Wednesday 2020-03-04', '%A %Y-%m-%d'),
               ('12:30 AM', '%I:%M %p'), ('12:30 pm', '%I:%M %p'), ('99', '%y'), ('68', '%y'), ('69', '%y'), ('2020 60', '%Y %j'), ('10:20:30.5', '%H:%M:%S.%f'), ('100%', '%d%%'), ('2020-02-30', '%Y-%m-%d'), ('25:00', '%H:%M'),
               ('1:2:3', '%H:%M:%S'), ('2020-03-04T05:06:07Z', '%Y-%m-%dT%H:%M:%S%z'), ('2020-03-04T05:06:07-05:30', '%Y-%m-%dT%H:%M:%S%z'), ('x', '%Q'), ('', ''), ('2020', '%Y%'), ('abc', 'abc'), ('abd', 'abc')]:
    try:
        print(repr(s), repr(fmt), repr(datetime.strptime(s, fmt)))
    except Exception as e:
        print(repr(s), repr(fmt), type(e).__name__, e)
