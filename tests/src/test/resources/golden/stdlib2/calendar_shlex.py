import calendar
import shlex

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=1))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2024, 3))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2))
print(calendar.monthcalendar(2024, 4))
print(list(calendar.day_name), list(calendar.month_abbr)[:4], calendar.day_abbr[0])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
print(list(calendar.Calendar().itermonthdates(2024, 1))[:3])
print([d for d in calendar.Calendar().itermonthdays2(2024, 2)][:8])
print(calendar.calendar(2024, m=4)[:300])
print(calendar.HTMLCalendar().formatmonth(2024, 1)[:120])
print(calendar.MONDAY, calendar.Month.MARCH if hasattr(calendar, "Month") else 3, calendar.Day.FRIDAY if hasattr(calendar, "Day") else 4)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)

print(shlex.split('ls -la "My Documents" \'single q\' escaped\\ space --opt=1'))
print(shlex.quote("it's a file.txt"), shlex.quote("safe-name"), shlex.quote(""))
print(shlex.join(["echo", "hello world", "$HOME", "x"]))
print(shlex.split("a # comment", comments=True), shlex.split("a#b"))
lex = shlex.shlex("x = 'y z' + 3", posix=True)
print(list(lex))
lex2 = shlex.shlex("a,b;c d", punctuation_chars=True)
print(list(lex2))
lex3 = shlex.shlex("one two,three", posix=True)
lex3.whitespace += ","
lex3.whitespace_split = True
print(list(lex3))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
