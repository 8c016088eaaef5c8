"""bytepy's _datetime: CPython's pure-Python _pydatetime, with the messages and reprs of CPython's C module.

Lib's datetime.py imports _datetime first (CPython's C module) and falls back to _pydatetime. The two
differ in what users see: ValueError('day must be in 1..28', 29) against "day is out of range for
month", "cannot mix naive and timezone-aware time" against "can't subtract offset-naive and
offset-aware datetimes", IsoCalendarDate(...) against datetime.IsoCalendarDate(...). This module gives
the C module's behaviour on top of the pure-Python classes.
"""

import _pydatetime as _p
from _pydatetime import *
from _pydatetime import __doc__, __all__


def _check_date_fields(year, month, day):
    year = _p._index(year)
    month = _p._index(month)
    day = _p._index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _p._days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _p._index(hour)
    minute = _p._index(minute)
    second = _p._index(second)
    microsecond = _p._index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


_p._check_date_fields = _check_date_fields
_p._check_time_fields = _check_time_fields
_p._check_tzinfo_arg = _check_tzinfo_arg


def _with_message(func, exc_type, messages):
    """func, raising exc_type with the C module's message where _pydatetime's differs."""
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except exc_type as e:
            msg = messages.get(str(e))
            if msg is None:
                raise
            raise exc_type(msg) from None
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    return wrapper


datetime._cmp = _with_message(datetime._cmp, TypeError,
                              {"cannot compare naive and aware datetimes": "can't compare offset-naive and offset-aware datetimes"})
time._cmp = _with_message(time._cmp, TypeError,
                          {"cannot compare naive and aware times": "can't compare offset-naive and offset-aware times"})
datetime.__sub__ = _with_message(datetime.__sub__, TypeError,
                                 {"cannot mix naive and timezone-aware time": "can't subtract offset-naive and offset-aware datetimes"})
for _cls in (date, datetime):
    _cls.__add__ = _cls.__radd__ = _with_message(_cls.__dict__["__add__"], OverflowError, {"result out of range": "date value out of range"})

_date_sub = date.__sub__


def _date_minus(self, other):
    if isinstance(other, datetime) and not isinstance(self, datetime):
        return NotImplemented  # the C module has no date - datetime
    return _date_sub(self, other)


_date_minus.__name__ = "__sub__"
_date_minus.__qualname__ = "date.__sub__"
date.__sub__ = _date_minus


def _isocalendar_repr(self):
    return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


_p._IsoCalendarDate.__repr__ = _isocalendar_repr
del _cls
