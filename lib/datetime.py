# pyvm: native
"""Dates, times and durations (CPython 3.11's datetime API).

Days are counted as proleptic Gregorian ordinals (date(1, 1, 1) is day 1); a timedelta
is kept normalised as days, seconds (0..86399) and microseconds (0..999999), so only
`days` is ever negative. Local time (today(), now(), fromtimestamp() without a tz,
timestamp() and astimezone() of naive values) comes from the host's time zone
(`posix._local_tz`).
"""

import time as _time

# CPython implements this module in C: its frames get no traceback entries (vm/traceback.ts)
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAYNAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHNAMES = (None, "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")

_MISSING = object()


# ---- the calendar ----------------------------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # the year from an estimate corrected both ways, then the month by the table
    year = n * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    doy = n - _days_before_year(year)
    month = 1
    while month < 12 and _days_before_month(year, month + 1) < doy:
        month += 1
    return year, month, doy - _days_before_month(year, month)


def _iso_week1_monday(year):
    # the ordinal of the Monday of ISO week 1 (the week with the year's first Thursday)
    first = _days_before_year(year) + 1
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


# ---- argument checks (the C module's messages) ---------------------------------------------------

def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) or not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return type(value).__index__(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _index(hour), _index(minute), _index(second)
    microsecond, fold = _index(microsecond), _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _check_str(func, value, n=1):
    if not isinstance(value, str):
        raise TypeError(f"{func}() argument {n} must be str, not {type(value).__name__}")


def _check_utc_offset(name, offset):
    # what utcoffset() / dst() return must be None or a timedelta within a day
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) "
                         f"and timedelta(hours=24), not {offset!r}.")


def _tp_name(obj, base_name):
    # the C types print as "datetime.X"; a subclass prints its own name
    return _tp_name_of(type(obj))


def _c_round(x):
    # C's round(): halves away from zero
    r = float(int(x))
    if abs(x - r) >= 0.5:
        r += _math.copysign(1.0, x)
    return r


def _divide_and_round(a, b):
    # a / b rounded to the nearest int, halves to even
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or (r == b and q % 2 == 1):
        q += 1
    return q


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


class _Field:
    # a read-only field (the C types' getset descriptors: "attribute 'year' of 'datetime.date'
    # objects is not writable")
    __slots__ = ('_slot', '_name', '_owner', '__doc__')

    def __init__(self, slot, doc=None):
        self._slot = slot
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self._name = name
        self._owner = owner

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self._name}' of '{_tp_name_of(self._owner)}' "
                             "objects is not writable")

    def __delete__(self, obj):
        self.__set__(obj, None)


def _tp_name_of(cls):
    return 'datetime.' + cls.__name__ if cls.__module__ == 'datetime' else cls.__name__


# ---- timedelta -------------------------------------------------------------------------------------

class timedelta:
    """A duration: days, seconds and microseconds, normalised so that 0 <= seconds < 86400
    and 0 <= microseconds < 1000000."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # integer parts are exact; the fractions of float arguments are summed and the sum is
        # rounded to a microsecond once, halves to even (the C module's order and arithmetic)
        total = 0
        leftover = 0.0
        for tag, num, factor in (('microseconds', microseconds, 1),
                                 ('milliseconds', milliseconds, 1000),
                                 ('seconds', seconds, _US_PER_SECOND),
                                 ('minutes', minutes, 60 * _US_PER_SECOND),
                                 ('hours', hours, 3600 * _US_PER_SECOND),
                                 ('days', days, _US_PER_DAY),
                                 ('weeks', weeks, 7 * _US_PER_DAY)):
            if isinstance(num, int):
                total += int(num) * factor
            elif isinstance(num, float):
                frac, whole = _math.modf(num)
                if _math.isinf(num) or _math.isnan(num):
                    raise OverflowError("cannot convert float %s to integer" % (
                        'infinity' if _math.isinf(num) else 'NaN'))
                total += int(whole) * factor
                if frac:
                    frac2, whole2 = _math.modf(factor * frac)
                    total += int(whole2)
                    leftover += frac2
            else:
                raise TypeError(f"unsupported type for timedelta {tag} component: "
                                f"{type(num).__name__}")
        if leftover:
            whole_us = _c_round(leftover)
            if abs(whole_us - leftover) == 0.5:
                odd = total & 1
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        seconds, microseconds = divmod(rest, _US_PER_SECOND)
        if not -2**31 <= days < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    days = _Field('_days', "Number of days.")
    seconds = _Field('_seconds', "Number of seconds (>= 0 and less than 1 day).")
    microseconds = _Field('_microseconds', "Number of microseconds (>= 0 and less than 1 second).")

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._to_us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        return '%s(%s)' % (_tp_name(self, 'timedelta'), ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    # arithmetic (results are plain timedeltas, as the C type's)
    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return timedelta._from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_us()
        if isinstance(other, timedelta):
            return us // other._to_us()
        return timedelta._from_us(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_us()
        if isinstance(other, timedelta):
            return us / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(us, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_us(_divide_and_round(b * us, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    # comparisons
    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())



timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- strftime ----------------------------------------------------------------------------------------

def _format_offset(off, sep=':'):
    # +HH:MM[:SS[.ffffff]] (or +HHMM[SS[.ffffff]] with sep='') of a timedelta; '' for None
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _strftime(obj, fmt, fields, weekday=None, yday=None):
    # fields: (year, month, day, hour, minute, second, microsecond); glibc's directives (the
    # weekday, Monday 0, and the 1-based day of the year are computed unless given: a
    # time.struct_time carries its own)
    year, month, day, hour, minute, second, us = fields
    ordinal = _ymd2ord(year, month, day)
    if weekday is None:
        weekday = (ordinal + 6) % 7
    if yday is None:
        yday = ordinal - _days_before_year(year)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        out.append(_directive(obj, d, year, month, day, hour, minute, second, us,
                              weekday, yday))
    return ''.join(out)


def _iso_year_week(year, month, day):
    ordinal = _ymd2ord(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if ordinal < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    elif ordinal >= _iso_week1_monday(iso_year + 1):
        iso_year += 1
        week1 = _iso_week1_monday(iso_year)
    return iso_year, (ordinal - week1) // 7 + 1


def _directive(obj, d, year, month, day, hour, minute, second, us, weekday, yday):
    hour12 = hour % 12 or 12
    if d == 'Y':
        return str(year)
    if d == 'y':
        return '%02d' % (year % 100)
    if d == 'C':
        return '%02d' % (year // 100) if year >= 1000 else str(year // 100)
    if d == 'm':
        return '%02d' % month
    if d == 'd':
        return '%02d' % day
    if d == 'e':
        return '%2d' % day
    if d == 'H':
        return '%02d' % hour
    if d == 'k':
        return '%2d' % hour
    if d == 'I':
        return '%02d' % hour12
    if d == 'l':
        return '%2d' % hour12
    if d == 'M':
        return '%02d' % minute
    if d == 'S':
        return '%02d' % second
    if d == 'f':
        return '%06d' % us
    if d == 'p':
        return 'AM' if hour < 12 else 'PM'
    if d == 'A':
        return _DAYNAMES[weekday]
    if d == 'a':
        return _DAYNAMES[weekday][:3]
    if d == 'B':
        return _MONTHNAMES[month]
    if d in ('b', 'h'):
        return _MONTHNAMES[month][:3]
    if d == 'j':
        return '%03d' % yday
    if d == 'w':
        return str((weekday + 1) % 7)
    if d == 'u':
        return str(weekday + 1)
    if d == 'U':
        return '%02d' % ((yday + 6 - (weekday + 1) % 7) // 7)
    if d == 'W':
        return '%02d' % ((yday + 6 - weekday) // 7)
    if d in ('G', 'g', 'V'):
        iso_year, week = _iso_year_week(year, month, day)
        if d == 'G':
            return str(iso_year)
        if d == 'g':
            return '%02d' % (iso_year % 100)
        return '%02d' % week
    if d == 'D':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if d == 'x':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if d == 'F':
        return '%s-%02d-%02d' % ('%d' % year if year >= 1000 else '%d' % year, month, day)
    if d in ('T', 'X'):
        return '%02d:%02d:%02d' % (hour, minute, second)
    if d == 'R':
        return '%02d:%02d' % (hour, minute)
    if d == 'r':
        return '%02d:%02d:%02d %s' % (hour12, minute, second, 'AM' if hour < 12 else 'PM')
    if d == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[weekday][:3], _MONTHNAMES[month][:3],
                                               day, hour, minute, second, year)
    if d == 'n':
        return '\n'
    if d == 't':
        return '\t'
    if d == '%':
        return '%'
    if d == 'z':
        off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
        return _format_offset(off, '')
    if d == 'Z':
        name = obj.tzname() if hasattr(obj, 'tzname') else None
        return '' if name is None else name.replace('%', '%%')
    if d == 's':
        days = _ymd2ord(year, month, day) - _EPOCH_ORDINAL
        t = days * 86400 + hour * 3600 + minute * 60 + second
        return str(t - _local_offset(t))
    return '%' + d


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# ---- local time --------------------------------------------------------------------------------------

_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _local_tz(t):
    # (offset east of UTC in seconds, zone abbreviation) of the host's zone at timestamp t
    import posix
    return posix._local_tz(t)


def _local_offset(t):
    return _local_tz(t)[0]


def _split_timestamp(t, func):
    # (whole seconds, microseconds) of a timestamp, microseconds rounded halves to even
    if isinstance(t, float):
        if _math.isnan(t):
            raise ValueError("Invalid value NaN (not a number)")
        if _math.isinf(t) or abs(t) > 1e18:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, int(us)
    return _index(t), 0


def _utc_fields(secs):
    days, rest = divmod(secs, 86400)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    ordinal = days + _EPOCH_ORDINAL
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError(f"year {_ord2ymd(max(ordinal, 1))[0] if ordinal > 0 else 0} is out of range")
    y, m, d = _ord2ymd(ordinal)
    return y, m, d, hh, mm, ss


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    ordinal = _ymd2ord(y, m, d)
    wday = (ordinal + 6) % 7
    dnum = ordinal - _days_before_year(y)
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ---- date --------------------------------------------------------------------------------------------

class date:
    """A date of the proleptic Gregorian calendar: year, month, day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING and isinstance(year, (bytes, str)) and len(year) == 4:
            # the pickle state
            b = year.encode('latin1') if isinstance(year, str) else year
            if 1 <= b[2] <= 12:
                return cls._make(b[0] * 256 + b[1], b[2], b[3])
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        return cls._make(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # other constructors
    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        secs, _ = _split_timestamp(t, 'fromtimestamp')
        y, m, d, *_ = _utc_fields(secs + _local_offset(secs))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (1 is January 1 of year 1)."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError(f"year {_ord2ymd(n)[0]} is out of range")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of 'YYYY-MM-DD', 'YYYYMMDD' or an ISO week date ('YYYY-Www-D')."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar (year, week, weekday)."""
        return cls(*_isocalendar_to_ymd(year, week, day))

    # fields
    year = _Field('_year')
    month = _Field('_month')
    day = _Field('_day')

    # formatting
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tp_name(self, 'date'), self._year, self._month, self._day)

    def isoformat(self):
        """'YYYY-MM-DD'"""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """'Wed Jan  1 00:00:00 2020'"""
        return self.strftime('%c')

    def strftime(self, format):
        """The date formatted by strftime directives (time fields are zero)."""
        _check_str('strftime', format)
        return _strftime(self, format, (self._year, self._month, self._day, 0, 0, 0, 0))

    def __format__(self, fmt):
        _check_str('__format__', fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # computations
    def timetuple(self):
        """The date as a time.struct_time (time fields 0, tm_isdst -1)."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """The proleptic Gregorian ordinal (January 1 of year 1 is 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """IsoCalendarDate(year, week, weekday) of ISO 8601."""
        iso_year, week = _iso_year_week(self._year, self._month, self._day)
        return _IsoCalendarDate(iso_year, week, self.isoweekday())

    def replace(self, year=None, month=None, day=None):
        """A date with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # comparisons (a date is never equal to a datetime)
    def _cmp_key(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day), (other._year, other._month, other._day)
        return None

    def __eq__(self, other):
        keys = self._cmp_key(other, '==')
        return NotImplemented if keys is None else keys[0] == keys[1]

    def __le__(self, other):
        keys = self._cmp_key(other, '<=')
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __lt__(self, other):
        keys = self._cmp_key(other, '<')
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __ge__(self, other):
        keys = self._cmp_key(other, '>=')
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __gt__(self, other):
        keys = self._cmp_key(other, '>')
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    # pickling
    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return bytes([yhi, ylo, self._month, self._day])

    def __reduce__(self):
        return (type(self), (self._getstate(),))



class IsoCalendarDate(tuple):
    # date.isocalendar()'s result: a 3-tuple with names (not a module attribute in CPython)
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


def _isocalendar_to_ymd(year, week, day):
    year, week, day = _index(year), _index(week), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # a 53-week year starts on a Thursday, or on a Wednesday in a leap year
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo and timezone -----------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information (utcoffset, dst, tzname)."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        if name is _MISSING:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"{_tp_name(self, 'timezone')}({self._offset!r})"
        return f"{_tp_name(self, 'timezone')}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _check_dt(name, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{name}(dt) argument must be a datetime instance or None, "
                            f"not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_dt('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        self._check_dt('tzname', dt)
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt('dst', dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_tzinfo_class = tzinfo


def _local_timezone(t):
    # the host's zone at timestamp t as a fixed-offset timezone, named as the host names it
    off, name = _local_tz(t)
    return timezone(timedelta(seconds=off), name)


# ---- time --------------------------------------------------------------------------------------------

def _tz_utcoffset(tz, dt, name='utcoffset'):
    if tz is None:
        return None
    off = getattr(tz, name)(dt)
    _check_utc_offset(name, off)
    return off


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo, fold."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6
                and (minute == 0 or minute is None or isinstance(minute, _tzinfo_class))):
            # the pickle state, and the tzinfo
            b = hour.encode('latin1') if isinstance(hour, str) else hour
            if b[0] & 0x7F < 24:
                tz = minute if isinstance(minute, _tzinfo_class) else None
                return cls._make(b[0] & 0x7F, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5],
                                 tz, 1 if b[0] > 127 else 0)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make(hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make(cls, hour, minute, second, microsecond, tzinfo, fold):
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = _Field('_hour')
    minute = _Field('_minute')
    second = _Field('_second')
    microsecond = _Field('_microsecond')
    tzinfo = _Field('_tzinfo')
    fold = _Field('_fold')

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 time ('HH[:MM[:SS[.ffffff]]][+HH:MM]', 'T' allowed first)."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            return cls(*_parse_isoformat_time(s))
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None

    def _fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    # comparisons: naive with naive, aware with aware (by UTC)
    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._fields(), other._fields())
        if myoff is None or otoff is None:
            if op == '==':
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        c = self._compare(other, '==')
        return c if c is NotImplemented else c == 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __lt__(self, other):
        c = self._compare(other, '<')
        return c if c is NotImplemented else c < 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return c if c is NotImplemented else c >= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return c if c is NotImplemented else c > 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash(t._fields())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond)._fields())
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % self._fields()
        elif self._second:
            s = '%d, %d, %d' % self._fields()[:3]
        else:
            s = '%d, %d' % self._fields()[:2]
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_tp_name(self, 'time'), s)

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]' (timespec: auto, hours, minutes, seconds,
        milliseconds, microseconds)."""
        _check_str('isoformat', timespec)
        return _format_time(*self._fields(), timespec) + self._tzstr()

    __str__ = isoformat

    def strftime(self, format):
        """The time formatted by strftime directives (the date is 1900-01-01)."""
        _check_str('strftime', format)
        return _strftime(self, format, (1900, 1, 1) + self._fields())

    def __format__(self, fmt):
        _check_str('__format__', fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """The tzinfo's utcoffset(None), or None."""
        return _tz_utcoffset(self._tzinfo, None)

    def tzname(self):
        """The tzinfo's tzname(None), or None."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, "
                            f"not '{type(name).__name__}'")
        return name

    def dst(self):
        """The tzinfo's dst(None), or None."""
        return _tz_utcoffset(self._tzinfo, None, 'dst')

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """A time with the given fields replaced."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        state = bytes([self._hour, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))



time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----------------------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, (bytes, str)) and len(year) == 10
                and (month is _MISSING or month is None or isinstance(month, _tzinfo_class))):
            # the pickle state, and the tzinfo
            b = year.encode('latin1') if isinstance(year, str) else year
            if 1 <= b[2] & 0x7F <= 12:
                tz = None if month is _MISSING else month
                return cls._make_dt(b[0] * 256 + b[1], b[2] & 0x7F, b[3], b[4], b[5], b[6],
                                    (b[7] << 16) | (b[8] << 8) | b[9], tz,
                                    1 if b[2] > 127 else 0)
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make_dt(year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make_dt(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = _Field('_hour')
    minute = _Field('_minute')
    second = _Field('_second')
    microsecond = _Field('_microsecond')
    tzinfo = _Field('_tzinfo')
    fold = _Field('_fold')

    # constructors
    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t, 'fromtimestamp')
        if utc:
            fields = _utc_fields(secs)
        else:
            fields = _utc_fields(secs + _local_offset(secs))
        result = cls(*fields, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time of a POSIX timestamp, or the time in tz."""
        _check_tzinfo(tz)
        result = cls._fromtimestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC date and time of a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time, or the current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """The current local date and time."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (with the time's tzinfo, or the one given)."""
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, "
                            f"not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, "
                            f"not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string: a date, then (after any one character) a time
        with an optional UTC offset."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            sep = _find_isoformat_datetime_separator(date_string)
            date_fields = _parse_isoformat_date(date_string[:sep])
            if sep < len(date_string):
                time_fields = _parse_isoformat_time(date_string[sep + 1:])
            else:
                time_fields = (0, 0, 0, 0, None)
        except _IsoError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*(date_fields + time_fields))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that `date_string` gives read with the strptime directives of `format`."""
        return cls(*_strptime(date_string, format))

    # parts
    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A datetime with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _naive_seconds(self):
        # seconds since the epoch of the fields read as UTC
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def _local_to_utc_seconds(self):
        # the timestamp of the fields read as local time (as mktime does)
        t = self._naive_seconds()
        u = t - _local_offset(t)
        u = t - _local_offset(u)
        return u

    def timetuple(self):
        """The datetime as a time.struct_time (tm_isdst from dst(): -1 when unknown)."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, isdst)

    def utctimetuple(self):
        """The UTC time as a time.struct_time (tm_isdst 0)."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, 0)

    def timestamp(self):
        """The POSIX timestamp (naive values are local time)."""
        if self._tzinfo is None:
            return self._local_to_utc_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """The same instant in the zone tz (the host's local zone when None)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            f"not type '{type(tz).__name__}'")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_to_utc_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        return _local_timezone(ts)

    def utcoffset(self):
        """The tzinfo's utcoffset(self), or None."""
        return _tz_utcoffset(self._tzinfo, self)

    def tzname(self):
        """The tzinfo's tzname(self), or None."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, "
                            f"not '{type(name).__name__}'")
        return name

    def dst(self):
        """The tzinfo's dst(self), or None."""
        return _tz_utcoffset(self._tzinfo, self, 'dst')

    # formatting
    def _time_fields(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        s = '%s(%s)' % (_tp_name(self, 'datetime'), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]' with the given separator and timespec."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, "
                            f"not {type(sep).__name__}")
        _check_str('isoformat', timespec, 2)
        return ('%04d-%02d-%02d%c' % (self._year, self._month, self._day, sep) +
                _format_time(*self._time_fields(), timespec) +
                _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, format):
        """The datetime formatted by strftime directives."""
        _check_str('strftime', format)
        return _strftime(self, format, (self._year, self._month, self._day) +
                         self._time_fields())

    def ctime(self):
        """'Wed Jan  1 00:00:00 2020'"""
        return self.strftime('%c')

    # comparisons: a datetime is never equal to a date, and cannot be ordered against one
    def _cmp_dt(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == '==':
                    return 2
                raise TypeError(f"can't compare {_tp_name(self, 'datetime')} to "
                                f"{_tp_name(other, 'date')}")
            return NotImplemented
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if op == '==' and (self.replace(fold=not self._fold).utcoffset() != myoff or
                               other.replace(fold=not other._fold).utcoffset() != otoff):
                return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day) + self._time_fields(),
                        (other._year, other._month, other._day) + other._time_fields())
        if myoff is None or otoff is None:
            if op == '==':
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        c = self._cmp_dt(other, '==')
        return c if c is NotImplemented else c == 0

    def __le__(self, other):
        c = self._cmp_dt(other, '<=')
        return c if c is NotImplemented else c <= 0

    def __lt__(self, other):
        c = self._cmp_dt(other, '<')
        return c if c is NotImplemented else c < 0

    def __ge__(self, other):
        c = self._cmp_dt(other, '>=')
        return c if c is NotImplemented else c >= 0

    def __gt__(self, other):
        c = self._cmp_dt(other, '>')
        return c if c is NotImplemented else c > 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            base = timedelta(self.toordinal(), self._hour * 3600 + self._minute * 60 +
                             self._second, self._microsecond)
            self._hashcode = hash(base if tzoff is None else base - tzoff)
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond) + other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            y, m, d = _ord2ymd(delta.days)
            return type(self)._make_dt(y, m, d, hour, minute, second, delta.microseconds,
                                       self._tzinfo, 0)
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    # pickling
    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        return bytes([yhi, ylo, self._month, self._day, self._hour, self._minute,
                      self._second, us1, us2, us3])

    def __reduce__(self):
        if self._tzinfo is None:
            return (type(self), (self._getstate(),))
        return (type(self), (self._getstate(), self._tzinfo))



_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---- ISO 8601 parsing --------------------------------------------------------------------------------

class _IsoError(Exception):
    pass


def _digits(s, start, n):
    part = s[start:start + n]
    if len(part) != n or not all('0' <= c <= '9' for c in part):
        raise _IsoError
    return int(part)


def _parse_isoformat_date(s):
    # 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]', 'YYYYWww[D]' -> (year, month, day); as the C
    # parser, what follows the fields is not looked at (the caller has cut the text)
    year = _digits(s, 0, 4)
    has_sep = s[4:5] == '-'
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = _digits(s, pos, 2)
        pos += 2
        day = 1
        if pos < len(s):
            if has_sep:
                if s[pos] != '-':
                    raise _IsoError
                pos += 1
            day = _digits(s, pos, 1)
        try:
            return tuple(_isocalendar_to_ymd(year, week, day))
        except ValueError:
            raise _IsoError from None
    month = _digits(s, pos, 2)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != '-':
            raise _IsoError
        pos += 1
    return year, month, _digits(s, pos, 2)


def _find_isoformat_datetime_separator(s):
    # where the date part ends (the separator's index), by the date's own shape
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] != 'W':
            return 10                      # YYYY-MM-DD
        if n > 8 and s[8] == '-':
            if n == 9:
                raise _IsoError
            # YYYY-Www-D, unless a digit follows: then the '-' was the separator
            return 8 if n > 10 and '0' <= s[10] <= '9' else 10
        return 8                           # YYYY-Www
    if s[4] == 'W':
        # YYYYWww or YYYYWwwD: count the digits after the week
        i = 7
        while i < n and '0' <= s[i] <= '9':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8                               # YYYYMMDD


def _parse_hh_mm_ss_ff(s, start, end):
    # HH[:MM[:SS]] or HH[MM[SS]], then a fraction (after '.' or ',', or straight after the
    # seconds of the basic form): -> ([h, m, s, us], more) where `more` tells whether anything
    # but the end of the text follows (the C parser's reading, which may run past `end`)
    fields = [0, 0, 0, 0]
    pos = start
    has_sep = True
    for i in range(3):
        fields[i] = _digits(s, pos, 2)
        pos += 2
        c = s[pos] if pos < len(s) else ''
        pos += 1
        if i == 0:
            has_sep = c == ':'
        if pos >= end:
            return fields, c != ''
        if has_sep and c == ':':
            continue
        if c in ('.', ','):
            break
        if has_sep:
            raise _IsoError
        pos -= 1
    # the fraction: up to six digits count, more are skipped
    n = min(end - pos, 6)
    if n > 0:
        fields[3] = _digits(s, pos, n) * 10 ** (6 - n)
        pos += n
    while pos < len(s) and '0' <= s[pos] <= '9':
        pos += 1
    return fields, pos < len(s)


def _parse_isoformat_time(s):
    # a time with an optional 'Z' or +HH[:MM[:SS[.ffffff]]] -> (h, m, s, us, tzinfo)
    tz_pos = 0
    while True:
        if s[tz_pos:tz_pos + 1] in ('Z', '+', '-') and tz_pos < len(s):
            break
        tz_pos += 1
        if tz_pos >= len(s):
            break
    fields, more = _parse_hh_mm_ss_ff(s, 0, tz_pos)
    if tz_pos >= len(s):
        if more:
            raise _IsoError
        return tuple(fields) + (None,)
    if s[tz_pos] == 'Z':
        if tz_pos + 1 != len(s):
            raise _IsoError
        return tuple(fields) + (timezone.utc,)
    sign = -1 if s[tz_pos] == '-' else 1
    (h, m, sec, us), more = _parse_hh_mm_ss_ff(s, tz_pos + 1, len(s))
    if more:
        raise _IsoError
    seconds = sign * (h * 3600 + m * 60 + sec)
    if seconds == 0:
        return tuple(fields) + (timezone.utc,)
    return tuple(fields) + (timezone(timedelta(seconds=seconds, microseconds=sign * us)),)


# ---- strptime ----------------------------------------------------------------------------------------

def _strptime(data_string, format):
    # the C locale's directives; (year, month, day, hour, minute, second, us, tzinfo)
    for name, value in (('strptime', data_string), ('strptime', format)):
        if not isinstance(value, str):
            raise TypeError(f"{name}() argument {1 if value is data_string else 2} must be str, "
                            f"not {type(value).__name__}")
    fields = dict(year=1900, month=1, day=1, hour=0, minute=0, second=0, us=0)
    state = {'pm': None, 'hour12': None, 'yday': None, 'tz': None}
    pos = _strptime_match(data_string, 0, format, fields, state)
    if pos is None:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if pos != len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[pos:]}")
    if state['hour12'] is not None:
        hour = state['hour12'] % 12
        if state['pm']:
            hour += 12
        fields['hour'] = hour
    if state['yday'] is not None:
        y, m, d = _ord2ymd(_days_before_year(fields['year']) + state['yday'])
        fields['month'], fields['day'] = m, d
    if fields['day'] > _days_in_month(fields['year'], fields['month']):
        raise ValueError('day is out of range for month')
    return (fields['year'], fields['month'], fields['day'], fields['hour'], fields['minute'],
            fields['second'], fields['us'], state['tz'])


def _strptime_number(s, pos, maxlen, lo, hi):
    end = pos
    while end < len(s) and end - pos < maxlen and '0' <= s[end] <= '9':
        end += 1
    if end == pos:
        return None, pos
    v = int(s[pos:end])
    if not lo <= v <= hi:
        return None, pos
    return v, end


def _strptime_name(s, pos, names):
    # the longest name (case-insensitive) at pos -> (index, end)
    best = None
    low = s[pos:].lower()
    for i, name in enumerate(names):
        if name and low.startswith(name.lower()) and (best is None or len(name) > len(names[best])):
            best = i
    if best is None:
        return None, pos
    return best, pos + len(names[best])


def _strptime_match(s, pos, fmt, fields, state):
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            while pos < len(s) and s[pos].isspace():
                pos += 1
            continue
        if c == '%' and i >= n:
            raise ValueError(f"stray % in format {fmt!r}")
        if c != '%':
            if pos < len(s) and s[pos] == c:
                pos += 1
                continue
            return None
        d = fmt[i]
        i += 1
        v = None
        if d == 'Y':
            v, pos = _strptime_number(s, pos, 4, 0, 9999)
            fields['year'] = v
        elif d == 'y':
            v, pos = _strptime_number(s, pos, 2, 0, 99)
            if v is not None:
                fields['year'] = v + (2000 if v < 69 else 1900)
        elif d == 'm':
            v, pos = _strptime_number(s, pos, 2, 1, 12)
            fields['month'] = v
        elif d == 'd':
            v, pos = _strptime_number(s, pos, 2, 1, 31)
            fields['day'] = v
        elif d == 'H':
            v, pos = _strptime_number(s, pos, 2, 0, 23)
            fields['hour'] = v
        elif d == 'I':
            v, pos = _strptime_number(s, pos, 2, 1, 12)
            state['hour12'] = v
        elif d == 'M':
            v, pos = _strptime_number(s, pos, 2, 0, 59)
            fields['minute'] = v
        elif d == 'S':
            v, pos = _strptime_number(s, pos, 2, 0, 61)
            fields['second'] = v
        elif d == 'f':
            start = pos
            v, pos = _strptime_number(s, pos, 6, 0, 999999)
            if v is not None:
                fields['us'] = int(s[start:pos].ljust(6, '0'))
        elif d == 'j':
            v, pos = _strptime_number(s, pos, 3, 1, 366)
            state['yday'] = v
        elif d == 'p':
            v, pos = _strptime_name(s, pos, ('AM', 'PM'))
            if v is not None:
                state['pm'] = v == 1
        elif d == 'B':
            v, pos = _strptime_name(s, pos, _MONTHNAMES[1:])
            if v is not None:
                fields['month'] = v + 1
        elif d == 'b' or d == 'h':
            v, pos = _strptime_name(s, pos, [m[:3] for m in _MONTHNAMES[1:]])
            if v is not None:
                fields['month'] = v + 1
        elif d == 'A':
            v, pos = _strptime_name(s, pos, _DAYNAMES)
        elif d == 'a':
            v, pos = _strptime_name(s, pos, [x[:3] for x in _DAYNAMES])
        elif d == 'z':
            v, pos = _strptime_tz(s, pos, state)
        elif d == 'Z':
            v, pos = _strptime_name(s, pos, ('UTC', 'GMT'))
        elif d == '%':
            if pos < len(s) and s[pos] == '%':
                pos += 1
                v = True
        else:
            raise ValueError(f"{d!r} is a bad directive in format {'%' + d!r}")
        if v is None:
            return None
    return pos


def _strptime_tz(s, pos, state):
    if s[pos:pos + 1] == 'Z':
        state['tz'] = timezone.utc
        return True, pos + 1
    if s[pos:pos + 1] not in ('+', '-'):
        return None, pos
    sign = -1 if s[pos] == '-' else 1
    p = pos + 1
    hh, p = _strptime_number(s, p, 2, 0, 23)
    if hh is None or p - pos != 3:
        return None, pos
    if s[p:p + 1] == ':':
        p += 1
    mm, p = _strptime_number(s, p, 2, 0, 59)
    if mm is None:
        return None, pos
    ss = 0
    q = p + 1 if s[p:p + 1] == ':' else p
    v, q2 = _strptime_number(s, q, 2, 0, 59)
    if v is not None and q2 - q == 2:
        ss, p = v, q2
    off = timedelta(hours=hh, minutes=mm, seconds=ss) * sign
    state['tz'] = timezone(off)
    return True, p


# the classes print as CPython's C types do in messages: 'datetime.date', ...
import _typename
for _cls in (timedelta, date, tzinfo, timezone, time, datetime, _IsoCalendarDate):
    _typename.set_c_name(_cls, 'datetime.' + _cls.__name__)
del _cls, _typename
