"""The calendar part of the time module (struct_time, gmtime, localtime, mktime, asctime,
ctime, strftime, strptime), loaded by `time` on first use of one of these names.

Local time is the host's zone as JavaScript sees it (`posix._local_tz`); strftime and
strptime share datetime's glibc-like directive code.
"""

import posix
import math
from time import time as _now

# CPython implements this module in C: its frames get no traceback entries (vm/traceback.ts)
__pyvm_native__ = True

_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec")
_EPOCH_ORDINAL = 719163


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime(): a 9-tuple with
    named fields, plus tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
               'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        if n > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        self = super().__new__(cls, seq[:9])
        self._extra = (seq[9] if n > 9 else None, seq[10] if n > 10 else None)
        return self

    tm_year = property(lambda self: self[0], doc="year, for example, 1993")
    tm_mon = property(lambda self: self[1], doc="month of year, range [1, 12]")
    tm_mday = property(lambda self: self[2], doc="day of month, range [1, 31]")
    tm_hour = property(lambda self: self[3], doc="hours, range [0, 23]")
    tm_min = property(lambda self: self[4], doc="minutes, range [0, 59]")
    tm_sec = property(lambda self: self[5], doc="seconds, range [0, 61])")
    tm_wday = property(lambda self: self[6], doc="day of week, range [0, 6], Monday is 0")
    tm_yday = property(lambda self: self[7], doc="day of year, range [1, 366]")
    tm_isdst = property(lambda self: self[8], doc="1 if summer time is in effect, 0 if not, "
                                                  "and -1 if unknown")
    tm_zone = property(lambda self: self._extra[0], doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._extra[1], doc="offset from UTC in seconds")

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(self._fields, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0],
                                            'tm_gmtoff': self._extra[1]}))


struct_time.__module__ = 'time'


# ---- conversions -------------------------------------------------------------------------------------

def _seconds(secs):
    # time_t of a timestamp (floor), with the C module's errors
    if secs is None:
        secs = _now()
    if isinstance(secs, float):
        if math.isnan(secs):
            raise ValueError("Invalid value NaN (not a number)")
        if math.isinf(secs) or abs(secs) >= 2.0**63:
            raise OverflowError("timestamp out of range for platform time_t")
        return math.floor(secs)
    if isinstance(secs, int):
        v = int(secs)
    elif hasattr(type(secs), '__index__'):
        v = type(secs).__index__(secs)
    else:
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if not -2**63 <= v < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return v


def _fields(t):
    # (year, mon, mday, hour, min, sec, wday, yday) of seconds since the epoch read as UTC
    import datetime
    days, rest = divmod(t, 86400)
    hour, rest = divmod(rest, 3600)
    minute, sec = divmod(rest, 60)
    ordinal = days + _EPOCH_ORDINAL
    if abs(t) > 67767976233316800:
        # the year would not fit a C int
        raise OverflowError("timestamp out of range for platform time_t")
    year, mon, mday = datetime._ord2ymd(ordinal)
    yday = ordinal - datetime._days_before_year(year)
    return year, mon, mday, hour, minute, sec, (ordinal + 6) % 7, yday


def gmtime(seconds=None):
    """The UTC struct_time of a timestamp (now by default)."""
    t = _seconds(seconds)
    return struct_time(_fields(t) + (0, 'GMT', 0))


def _is_dst(t, off):
    # summer time: the offset differs from the year's smaller (standard) one
    year = _fields(t)[0]
    import datetime
    jan = (datetime._ymd2ord(year, 1, 1) - _EPOCH_ORDINAL) * 86400
    jul = (datetime._ymd2ord(year, 7, 1) - _EPOCH_ORDINAL) * 86400
    return 1 if off != min(posix._local_tz(jan)[0], posix._local_tz(jul)[0]) else 0


def localtime(seconds=None):
    """The local struct_time of a timestamp (now by default)."""
    t = _seconds(seconds)
    off, zone = posix._local_tz(t)
    return struct_time(_fields(t + off) + (_is_dst(t, off), zone, off))


def _tuple_arg(func, t):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{func}(): illegal time tuple argument")
    out = []
    for v in t:
        if not isinstance(v, int):
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            raise TypeError(f"an integer is required (got type {type(v).__name__})")
        out.append(int(v))
    return out


def mktime(t):
    """The timestamp (a float) of a local time tuple; fields out of range are carried."""
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _tuple_arg('mktime', t)
    import datetime
    year += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    if not 1 <= year <= 9999:
        raise OverflowError("mktime argument out of range")
    days = datetime._ymd2ord(year, mon, 1) + mday - 1 - _EPOCH_ORDINAL
    naive = days * 86400 + hour * 3600 + minute * 60 + sec
    u = naive - posix._local_tz(naive)[0]
    u = naive - posix._local_tz(u)[0]
    return float(u)


def _checked(func, t, normalize):
    # a time tuple checked as time_strftime / time_asctime check it
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _tuple_arg(func, t)
    if normalize:
        if mon == 0:
            mon = 1
        if mday == 0:
            mday = 1
        if yday == 0:
            yday = 1
    if not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    cwday = wday + 1
    cwday = cwday - 7 * int(cwday / 7)  # C's %: the sign of the dividend
    if cwday < 0:
        raise ValueError("day of week out of range")
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return year, mon, mday, hour, minute, sec, (cwday + 6) % 7, yday, isdst


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple (the local time now by default)."""
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _checked('asctime', t, True)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday], _MONTHNAMES[mon], mday, hour,
                                           minute, sec, year)


def ctime(seconds=None):
    """asctime(localtime(seconds))"""
    return asctime(localtime(seconds))


class _Zone:
    # what %z and %Z read from a struct_time; a plain tuple (or a struct_time without a zone)
    # has offset 0 and the host's standard or summer zone name, by tm_isdst (glibc's tzname)
    def __init__(self, t, isdst):
        zone = getattr(t, 'tm_zone', None)
        if zone is None:
            self._zone = _host_zone_names()[1 if isdst > 0 else 0]
            self._gmtoff = 0
        else:
            self._zone = zone
            self._gmtoff = getattr(t, 'tm_gmtoff', None)

    def utcoffset(self):
        import datetime
        return None if self._gmtoff is None else datetime.timedelta(seconds=self._gmtoff)

    def tzname(self):
        return self._zone


def strftime(format, t=None):
    """The time tuple (the local time now by default) formatted by strftime directives."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday, yday, isdst = _checked('strftime', t, True)
    import datetime
    return datetime._strftime(_Zone(t, isdst), format, (year, mon, mday, hour, minute, sec, 0),
                              wday, yday)


def _host_zone_names():
    # (standard, summer) abbreviations of the host's zone this year
    import datetime
    year = _fields(_seconds(None))[0]
    jan = posix._local_tz((datetime._ymd2ord(year, 1, 1) - _EPOCH_ORDINAL) * 86400)
    jul = posix._local_tz((datetime._ymd2ord(year, 7, 1) - _EPOCH_ORDINAL) * 86400)
    std, dst = (jan, jul) if jan[0] <= jul[0] else (jul, jan)
    return std[1], dst[1]


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """The struct_time that `string` gives read with the strptime directives of format."""
    import datetime
    year, mon, mday, hour, minute, sec, us, tz = datetime._strptime(string, format)
    ordinal = datetime._ymd2ord(year, mon, mday)
    yday = ordinal - datetime._days_before_year(year)
    zone = gmtoff = None
    if tz is not None:
        off = tz.utcoffset(None)
        gmtoff = off.days * 86400 + off.seconds
    return struct_time((year, mon, mday, hour, minute, sec, (ordinal + 6) % 7, yday, -1,
                        zone, gmtoff))


import _typename
_typename.set_c_name(struct_time, 'time.struct_time')
del _typename
