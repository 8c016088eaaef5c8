from datetime import datetime, timedelta, timezone, tzinfo, date
import time

class FixedOffset(tzinfo):
    def __init__(self, hours, name):
        self._off = timedelta(hours=hours)
        self._name = name
    def utcoffset(self, dt):
        return self._off
    def tzname(self, dt):
        return self._name
    def dst(self, dt):
        return timedelta(0)

tokyo = FixedOffset(9, "JST")
ny = timezone(timedelta(hours=-4), "EDT")
meeting = datetime(2024, 6, 1, 9, 30, tzinfo=tokyo)
print(meeting, meeting.tzname(), meeting.astimezone(ny), meeting.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M %Z%z"))
print(meeting.astimezone(ny) == meeting, (meeting - datetime(2024, 6, 1, tzinfo=timezone.utc)))
print(datetime(2024, 6, 1, 12, tzinfo=timezone.utc).strftime("%z %Z"), timezone(timedelta(hours=5, minutes=45)))
print(datetime.fromisoformat("2024-06-01T12:00:00Z"), datetime.fromisoformat("2024-06-01 12:00:00.5"))
print(datetime.strptime("2024-06-01 12:00 +0530", "%Y-%m-%d %H:%M %z"))
start = date(2024, 1, 29)
def add_months(d, n):
    import calendar
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
print([add_months(start, i).isoformat() for i in range(5)])
def business_days(a, b):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 4, 1)))
print(time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.gmtime(0).tm_year, time.mktime(time.localtime(1000)) == 1000)
print(datetime.utcfromtimestamp(1700000000) if False else datetime.fromtimestamp(1700000000, timezone.utc))
print(timedelta(days=-1, seconds=5), timedelta(seconds=-5), str(timedelta(days=2, microseconds=7)), timedelta(minutes=90) // timedelta(hours=1))
age = date(2024, 6, 1) - date(1990, 8, 15)
print(age.days // 365, divmod(age.days, 7))
print(datetime(2024, 1, 1, 0, 0) .strftime("%U %W %V %G %u %w %C"), datetime(2024, 3, 5).strftime("%-d" if False else "%e|%D|%T|%R"))
