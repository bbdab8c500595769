// The `time` module. Every reading goes through vm/clock.ts so that `--clock virtual` makes
// time.time(), perf_counter() and sleep() deterministic.

import { I32, TYPES, T_FLOAT, T_INT, decref, incref } from '../object.js';
import { newFloat } from '../objects/float.js';
import { newIntBig, intNumber, intBig } from '../objects/int.js';
import { newStr, internSteal } from '../objects/str.js';
import { dictSet, newDict, dictGetStr } from '../objects/dict.js';
import { tupleFromSteal } from '../objects/tuple.js';
import { raise, EXC, isSubtype } from '../objects/exception.js';
import * as A from '../abstract.js';
import { defFunction } from '../builtins/define.js';
import { newModule, moduleDict } from '../types.js';
import { clock } from '../../vm/clock.js';

/**
 * Seconds from a Python number, as CPython's _PyTime_FromSecondsObject: a float, else an integer
 * (anything else "cannot be interpreted as an integer"); NaN and out-of-range values raise.
 */
export function secondsArg(o: number): number {
  const t = TYPES[I32[(o >> 2) + 1]];
  if (isSubtype(t, TYPES[T_FLOAT])) {
    const v = A.asFloat(o);
    if (Number.isNaN(v)) throw raise(EXC.ValueError, 'Invalid value NaN (not a number)');
    if (Math.abs(v) >= 9.2e18) throw raise(EXC.OverflowError, 'timestamp out of range for platform time_t');
    return v;
  }
  if (!isSubtype(t, TYPES[T_INT])) throw raise(EXC.TypeError, `'${A.typeName(o)}' object cannot be interpreted as an integer`);
  const b = intBig(o);
  if (b >= 9223372036854775808n / 1000000000n || -b >= 9223372036854775808n / 1000000000n) {
    throw raise(EXC.OverflowError, 'timestamp too large to convert to C _PyTime_t');
  }
  return Number(b);
}

/** time.sleep's argument: seconds, not negative. */
export function sleepArg(o: number): number {
  const secs = secondsArg(o);
  if (secs < 0) throw raise(EXC.ValueError, 'sleep length must be non-negative');
  return secs;
}

export function makeTimeModule(): number {
  const m = newModule('time');
  const d = moduleDict(m);
  defFunction(d, 'time', () => newFloat(clock.wallSeconds()), { nargs: 0 });
  defFunction(d, 'time_ns', () => newIntBig(BigInt(Math.round(clock.wallSeconds() * 1e9))), { nargs: 0 });
  defFunction(d, 'perf_counter', () => newFloat(clock.monotonicSeconds()), { nargs: 0 });
  defFunction(d, 'perf_counter_ns', () => newIntBig(BigInt(Math.round(clock.monotonicSeconds() * 1e9))), { nargs: 0 });
  defFunction(d, 'monotonic', () => newFloat(clock.monotonicSeconds()), { nargs: 0 });
  defFunction(d, 'monotonic_ns', () => newIntBig(BigInt(Math.round(clock.monotonicSeconds() * 1e9))), { nargs: 0 });
  defFunction(d, 'process_time', () => newFloat(clock.processSeconds()), { nargs: 0 });
  defFunction(d, 'thread_time', () => newFloat(clock.processSeconds()), { nargs: 0 });
  defFunction(d, 'sleep', (_s, args) => {
    clock.sleep(sleepArg(args[0]));
    return A.retNone();
  }, { nargs: 1 });
  defFunction(d, 'process_time_ns', () => newIntBig(BigInt(Math.round(clock.processSeconds() * 1e9))), { nargs: 0 });
  defFunction(d, 'thread_time_ns', () => newIntBig(BigInt(Math.round(clock.processSeconds() * 1e9))), { nargs: 0 });
  calendarFunctions(d);
  return m;
}

// ---- calendar time: struct_time, gmtime, localtime, mktime, strftime, strptime, ... ----------------
// The arithmetic is in Python (TIME_PY); the local time zone comes from the JS Date of the host.

/** The host's local-time fields of a timestamp: (y, mon, mday, h, m, s, wday, yday, isdst, zone, gmtoff). */
function localFields(secs: number): number {
  const dt = new Date(secs * 1000);
  if (Number.isNaN(dt.getTime())) throw raise(EXC.OverflowError, 'timestamp out of range for platform time_t');
  const y = dt.getFullYear();
  const start = new Date(y, 0, 1);
  const yday = Math.round((Date.UTC(y, dt.getMonth(), dt.getDate()) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  const off = -dt.getTimezoneOffset() * 60;
  const jan = -start.getTimezoneOffset() * 60, jul = -new Date(y, 6, 1).getTimezoneOffset() * 60;
  const isdst = jan !== jul && off === Math.max(jan, jul) ? 1 : 0;
  const vals = [y, dt.getMonth() + 1, dt.getDate(), dt.getHours(), dt.getMinutes(), dt.getSeconds(), (dt.getDay() + 6) % 7, yday, isdst];
  const items = vals.map((v) => newIntBig(BigInt(v)));
  items.push(newStr(zoneName(dt)), newIntBig(BigInt(off)));
  return tupleFromSteal(items);
}

function zoneName(dt: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(dt).find((p) => p.type === 'timeZoneName');
    if (part) return part.value;
  } catch {
    // no Intl data: fall through
  }
  return 'UTC';
}

function calendarFunctions(d: number): void {
  const ns = newDict();
  const put = (dict: number, name: string, v: number) => {
    const k = internSteal(newStr(name));
    dictSet(dict, k, v);
    decref(k);
    decref(v);
  };
  put(ns, '__name__', newStr('time'));
  defFunction(ns, '_localtime', (_s, args) => localFields(A.asFloat(args[0])), { nargs: 1 });
  defFunction(ns, '_mktime', (_s, args) => {
    const f = A.iterToArray(args[0]).map((v) => {
      const n = intNumber(v);
      decref(v);
      return n;
    });
    const dt = new Date(f[0], f[1] - 1, f[2], f[3], f[4], f[5]);
    if (f[0] >= 0 && f[0] < 100) dt.setFullYear(f[0]);
    const t = dt.getTime();
    if (Number.isNaN(t)) throw raise(EXC.OverflowError, 'mktime argument out of range');
    return newFloat(t / 1000);
  }, { nargs: 1 });
  // the zone of the host: CPython's init_timezone (offsets in January and July of this year)
  const y = new Date().getFullYear();
  const jan = new Date(y, 0, 1), jul = new Date(y, 6, 1);
  const janzone = jan.getTimezoneOffset() * 60, julzone = jul.getTimezoneOffset() * 60;
  const southern = janzone < julzone;
  const tz = southern ? julzone : janzone, alt = southern ? janzone : julzone;
  const names = southern ? [zoneName(jul), zoneName(jan)] : [zoneName(jan), zoneName(jul)];
  put(d, 'timezone', newIntBig(BigInt(tz)));
  put(d, 'altzone', newIntBig(BigInt(alt)));
  put(d, 'daylight', newIntBig(janzone !== julzone ? 1n : 0n));
  put(d, 'tzname', tupleFromSteal(names.map((n) => newStr(n))));
  for (const n of ['time', 'tzname']) {
    const v = dictGetStr(d, n);
    incref(v);
    put(ns, n, v);
  }
  try {
    timePyHook.exec(TIME_PY, 'time', ns);
    for (const n of ['struct_time', 'gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'strftime', 'strptime', 'get_clock_info', '_STRUCT_TM_ITEMS']) {
      const v = dictGetStr(ns, n);
      incref(v);
      put(d, n, v);
    }
  } finally {
    decref(ns);
  }
}

/** Runs Python source in a dict (set by the VM, as sys's). */
export const timePyHook = { exec: (_src: string, _name: string, _globals: number): void => {} };

const TIME_PY = String.raw`
_STRUCT_TM_ITEMS = 11
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:9])
        self.__dict__['_extra'] = seq[9:] + (None,) * (11 - n)
        return self
    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')
    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self))
    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra, {}))
    tm_year = property(lambda self: tuple.__getitem__(self, 0))
    tm_mon = property(lambda self: tuple.__getitem__(self, 1))
    tm_mday = property(lambda self: tuple.__getitem__(self, 2))
    tm_hour = property(lambda self: tuple.__getitem__(self, 3))
    tm_min = property(lambda self: tuple.__getitem__(self, 4))
    tm_sec = property(lambda self: tuple.__getitem__(self, 5))
    tm_wday = property(lambda self: tuple.__getitem__(self, 6))
    tm_yday = property(lambda self: tuple.__getitem__(self, 7))
    tm_isdst = property(lambda self: tuple.__getitem__(self, 8))
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

def _seconds(secs):
    if secs is None:
        return time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        return secs
    if not isinstance(secs, int):
        if hasattr(secs, '__float__') or hasattr(secs, '__index__'):
            return float(secs)
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs

_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def _yday(y, m, d):
    return _DAYS_BEFORE[m - 1] + (m > 2 and _isleap(y)) + d

def _civil(days):
    # days since 1970-01-01 -> (year, month, day)
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)

def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

def gmtime(seconds=None):
    secs = _seconds(seconds)
    t = int(secs // 1) if isinstance(secs, float) else secs
    if abs(t) > 67767976233316800:
        raise OverflowError('timestamp out of range for platform time_t')
    days, rem = divmod(t, 86400)
    y, m, d = _civil(days)
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7, _yday(y, m, d), 0, 'GMT', 0))

def localtime(seconds=None):
    secs = _seconds(seconds)
    if isinstance(secs, float):
        secs = int(secs // 1)
    return struct_time(_localtime(secs))

def _fields(t, name):
    if isinstance(t, struct_time):
        return tuple(t) + t._extra
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return tuple(t) + (None, None)

def _checked(t, name):
    f = _fields(t, name)
    for v in f[:9]:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    y, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff = f
    if mon == 0:
        mon = 1
    elif mon < 0 or mon > 12:
        raise ValueError('month out of range')
    if mday == 0:
        mday = 1
    elif mday < 0 or mday > 31:
        raise ValueError('day of month out of range')
    if hour < 0 or hour > 23:
        raise ValueError('hour out of range')
    if minute < 0 or minute > 59:
        raise ValueError('minute out of range')
    if sec < 0 or sec > 61:
        raise ValueError('seconds out of range')
    # C's wday counts from Sunday: (wday + 1) % 7 with C's remainder
    cw = (wday + 1) - int((wday + 1) / 7) * 7
    if cw < 0:
        raise ValueError('day of week out of range')
    if yday == 0:
        yday = 1
    elif yday < 0 or yday > 366:
        raise ValueError('day of year out of range')
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (y, mon, mday, hour, minute, sec, (cw + 6) % 7, yday, isdst, zone, gmtoff)

def mktime(t):
    f = _fields(t, 'mktime')
    for v in f[:9]:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return _mktime(f[:6])

_WDAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December')

def asctime(t=None):
    if t is None:
        t = localtime()
    y, mon, mday, hour, minute, sec, wday = _checked(t, 'asctime')[:7]
    return '%s %s %2d %02d:%02d:%02d %d' % (_WDAYS[wday][:3], _MONTHS[mon - 1][:3], mday, hour, minute, sec, y)

def ctime(seconds=None):
    return asctime(localtime(seconds))

def _iso_week(y, yday, wday):
    # ISO 8601 year and week of a date (wday: Monday = 0)
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        return y, _iso_week(y, yday + 365 + _isleap(y), wday)[1]
    if week == 53 and (yday - (366 if _isleap(y) else 365)) - wday + 3 > 0:
        return y + 1, 1
    return y, week

def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    y, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff = _checked(t, 'strftime')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == 'a': out.append(_WDAYS[wday][:3])
        elif d == 'A': out.append(_WDAYS[wday])
        elif d == 'b' or d == 'h': out.append(_MONTHS[mon - 1][:3])
        elif d == 'B': out.append(_MONTHS[mon - 1])
        elif d == 'c': out.append(strftime('%a %b %e %H:%M:%S %Y', t))
        elif d == 'C': out.append('%02d' % (y // 100))
        elif d == 'd': out.append('%02d' % mday)
        elif d == 'D': out.append('%02d/%02d/%02d' % (mon, mday, y % 100))
        elif d == 'e': out.append('%2d' % mday)
        elif d == 'F': out.append('%d-%02d-%02d' % (y, mon, mday))
        elif d == 'g': out.append('%02d' % (_iso_week(y, yday, wday)[0] % 100))
        elif d == 'G': out.append('%d' % _iso_week(y, yday, wday)[0])
        elif d == 'H': out.append('%02d' % hour)
        elif d == 'I': out.append('%02d' % ((hour + 11) % 12 + 1))
        elif d == 'j': out.append('%03d' % yday)
        elif d == 'k': out.append('%2d' % hour)
        elif d == 'l': out.append('%2d' % ((hour + 11) % 12 + 1))
        elif d == 'm': out.append('%02d' % mon)
        elif d == 'M': out.append('%02d' % minute)
        elif d == 'n': out.append('\n')
        elif d == 'p': out.append('AM' if hour < 12 else 'PM')
        elif d == 'P': out.append('am' if hour < 12 else 'pm')
        elif d == 'r': out.append('%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, sec, 'AM' if hour < 12 else 'PM'))
        elif d == 'R': out.append('%02d:%02d' % (hour, minute))
        elif d == 's': out.append('%d' % _mktime((y, mon, mday, hour, minute, sec)))
        elif d == 'S': out.append('%02d' % sec)
        elif d == 't': out.append('\t')
        elif d == 'T': out.append('%02d:%02d:%02d' % (hour, minute, sec))
        elif d == 'u': out.append('%d' % (wday + 1))
        elif d == 'U': out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == 'V': out.append('%02d' % _iso_week(y, yday, wday)[1])
        elif d == 'w': out.append('%d' % ((wday + 1) % 7))
        elif d == 'W': out.append('%02d' % ((yday + 6 - wday) // 7))
        elif d == 'x': out.append('%02d/%02d/%02d' % (mon, mday, y % 100))
        elif d == 'X': out.append('%02d:%02d:%02d' % (hour, minute, sec))
        elif d == 'y': out.append('%02d' % (y % 100))
        elif d == 'Y': out.append('%d' % y)
        elif d == 'z':
            off = gmtoff or 0
            sign = '-' if off < 0 else '+'
            off = abs(off) // 60
            out.append('%s%02d%02d' % (sign, off // 60, off % 60))
        elif d == 'Z': out.append(zone if zone is not None else tzname[isdst > 0])
        elif d == '%': out.append('%')
        else: out.append('%' + d)
    return ''.join(out)

def _strptime_fields(data, fmt):
    import re
    specs = {
        'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])', 'f': r'(?P<f>[0-9]{1,6})',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
        'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
        'w': r'(?P<w>[0-6])', 'u': r'(?P<u>[1-7])', 'y': r'(?P<y>\d\d)', 'Y': r'(?P<Y>\d\d\d\d)',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
        'A': '(?P<A>' + '|'.join(_WDAYS) + ')', 'a': '(?P<a>' + '|'.join(w[:3] for w in _WDAYS) + ')',
        'B': '(?P<B>' + '|'.join(_MONTHS) + ')', 'b': '(?P<b>' + '|'.join(m[:3] for m in _MONTHS) + ')',
        'p': '(?P<p>am|pm)', 'Z': '(?P<Z>utc|gmt|' + '|'.join(re.escape(z.lower()) for z in tzname) + ')', '%': '%',
    }
    pattern = []
    i = 0
    seen = set()
    fmt_re = re.sub(r'([\\.^$*+?\(\){}\[\]|])', r'\\\1', fmt)
    fmt_re = re.sub(r'\s+', r'\\s+', fmt_re)
    while i < len(fmt_re):
        c = fmt_re[i]
        if c == '%' and i + 1 < len(fmt_re):
            d = fmt_re[i + 1]
            if d not in specs:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            spec = specs[d]
            if d in seen and d != '%':
                spec = '(?P=%s)' % d
            seen.add(d)
            pattern.append(spec)
            i += 2
        elif c == '%':
            raise ValueError("stray %% in format '%s'" % fmt)
        else:
            pattern.append(c)
            i += 1
    m = re.compile(''.join(pattern), re.IGNORECASE).match(data)
    if m is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if len(data) != m.end():
        raise ValueError('unconverted data remains: %s' % data[m.end():])
    g = m.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = 0
    wday = yday = None
    if 'y' in g:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if 'Y' in g:
        year = int(g['Y'])
    if 'm' in g:
        month = int(g['m'])
    if 'B' in g:
        month = [x.lower() for x in _MONTHS].index(g['B'].lower()) + 1
    if 'b' in g:
        month = [x[:3].lower() for x in _MONTHS].index(g['b'].lower()) + 1
    if 'd' in g:
        day = int(g['d'])
    if 'H' in g:
        hour = int(g['H'])
    if 'I' in g:
        hour = int(g['I'])
        ampm = g.get('p', '').lower()
        if ampm == 'pm':
            hour = hour % 12 + 12
        elif ampm == 'am' or not ampm:
            hour = hour % 12
    if 'M' in g:
        minute = int(g['M'])
    if 'S' in g:
        second = int(g['S'])
    if 'A' in g:
        wday = [x.lower() for x in _WDAYS].index(g['A'].lower())
    if 'a' in g:
        wday = [x[:3].lower() for x in _WDAYS].index(g['a'].lower())
    if 'w' in g:
        wday = (int(g['w']) + 6) % 7
    if 'u' in g:
        wday = int(g['u']) - 1
    if 'j' in g:
        yday = int(g['j'])
        y2, month, day = _civil(_days_from_civil(year, 1, 1) + yday - 1)
    if yday is None:
        yday = _yday(year, month, day)
    if wday is None:
        wday = (_days_from_civil(year, month, day) + 3) % 7
    tz = None
    gmtoff = None
    if 'Z' in g:
        tz = g['Z']
    if 'z' in g:
        z = g['z']
        if z in ('Z', 'z'):
            gmtoff = 0
        else:
            z = z.replace(':', '')
            gmtoff = (int(z[1:3]) * 60 + int(z[3:5])) * 60 + (int(z[5:7]) if len(z) >= 7 else 0)
            if z[0] == '-':
                gmtoff = -gmtoff
    return (year, month, day, hour, minute, second, wday, yday, -1, tz, gmtoff)

def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = 'strptime() argument {} must be str, not {}'
            raise TypeError(msg.format(index, type(arg)))
    return struct_time(_strptime_fields(data_string, format))

class _ClockInfo:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())

def get_clock_info(name):
    info = {
        'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
        'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
    }
    if name not in info:
        raise ValueError('unknown clock')
    impl, mono, adj = info[name]
    return _ClockInfo(implementation=impl, monotonic=mono, adjustable=adj, resolution=1e-09)
`;
