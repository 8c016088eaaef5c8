# datetime (Lib's _pydatetime) on time
import datetime as dt

d = dt.datetime(2024, 1, 2, 3, 4, 5, 678)
print(d, repr(d), d.isoformat(), d.strftime("%Y-%m-%d %H:%M:%S.%f %a %j %%"))
print(d + dt.timedelta(days=30, hours=25), d - dt.datetime(2023, 12, 25))
print(dt.timedelta(days=1, hours=3) * 2, dt.timedelta(seconds=-1), dt.timedelta(weeks=1) / 7, dt.timedelta(minutes=90) // dt.timedelta(hours=1))
print(dt.date(2024, 3, 1) - dt.date(2024, 2, 1), dt.date(2024, 2, 29).weekday(), tuple(dt.date(2024, 2, 29).isocalendar()))
print(dt.date.fromisoformat("2021-06-15"), dt.datetime.fromisoformat("2021-06-15T12:30:00"), dt.date.fromordinal(738000))
tz = dt.timezone(dt.timedelta(hours=2), "CEST")
a = dt.datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.astimezone(dt.timezone.utc), a.strftime("%z %Z"))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.fromtimestamp(86400, dt.timezone.utc).replace(tzinfo=None))
print(dt.datetime(2020, 1, 1).timetuple())
now = dt.datetime.now()
print(type(now).__name__, now.year >= 2024, (dt.datetime.now() - now) < dt.timedelta(seconds=5))
print(dt.date.today() == now.date() or True, sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1)]))
