from datetime import date, datetime, time, timedelta, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, d + timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"))
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - d).days)
print(d.replace(year=2023), d.timetuple().tm_yday, d.isocalendar(), date.fromisoformat("2021-03-04"))
t = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(t, repr(t), t.date(), t.time(), t.isoformat(), t.isoformat(sep=" ", timespec="seconds"))
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %b %I%p %y %%"))
p = datetime.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M")
print(p, p.year, p.month, p.hour)
print(datetime.strptime("15/Aug/2022:10:00:01", "%d/%b/%Y:%H:%M:%S"))
delta = timedelta(days=1, hours=3, minutes=20, seconds=5)
print(delta, delta.total_seconds(), delta * 2, delta // 2, -delta, abs(-delta), repr(delta))
print(timedelta(hours=36) > timedelta(days=1), timedelta(weeks=1) / timedelta(days=1), timedelta(microseconds=1500))
utc = timezone.utc
aware = datetime(2024, 1, 1, 12, 0, tzinfo=utc)
est = timezone(timedelta(hours=-5), "EST")
print(aware, aware.astimezone(est), aware.tzname(), aware.utcoffset(), est)
print(aware.isoformat(), datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(datetime.fromtimestamp(0, tz=utc), aware.timestamp(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(time(9, 30), time(23, 59, 59, 999).isoformat(), time.fromisoformat("10:11:12"))
meetings = [datetime(2024, 3, 1, 9) + i * timedelta(days=7, hours=1) for i in range(4)]
for m in meetings:
    print(m.strftime("%a %Y-%m-%d %H:%M"))
print(max(meetings) - min(meetings), sorted(meetings, reverse=True)[0])
print(date.min, date.max, datetime(2024, 2, 29) + timedelta(days=365))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(f"{t:%H:%M} {d:%d.%m.%Y}", format(delta), str(dt.MINYEAR), dt.MAXYEAR)
print(datetime.combine(d, time(8, 0)), date.fromordinal(738000), d.toordinal(), datetime(2024, 1, 1).ctime())
print(t < datetime(2025, 1, 1), hash(d) == hash(date(2024, 2, 28)), {d: 1}[date(2024, 2, 28)])
