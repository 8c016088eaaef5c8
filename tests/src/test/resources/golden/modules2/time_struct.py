# time: struct_time, gmtime/localtime/mktime, strftime, asctime, zone information
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff, t[0], t[-1], len(t), t[:3])
print(isinstance(t, tuple), type(t).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
u = time.gmtime(1700000000.75)
print(u, tuple(u))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %C %e %I %p %%", u))
print(time.strftime("%c | %x | %X | %D | %F | %T | %R | %G-W%V-%u | %h", u))
print(time.strftime("%Y %m %d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.asctime(u), time.asctime((2000, 1, 5, 1, 2, 3, 2, 5, 0)))
s = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(s, s.tm_zone)
print(time.gmtime(time.mktime(time.localtime(1234567890))) == time.gmtime(1234567890))
print(time.mktime((2021, 13, 1, 0, 0, 0, 0, 0, -1)) - time.mktime((2022, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
now = time.time()
print(abs(time.mktime(time.localtime(now)) - int(now)) <= 1)
print(time.time_ns() // 10**9 - int(time.time()) in (0, 1))
a = time.process_time(); b = time.thread_time(); m1 = time.monotonic(); time.sleep(0.01); m2 = time.monotonic()
print(time.process_time() >= a, time.thread_time() >= b, m2 - m1 >= 0.009)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, time.get_clock_info("time").adjustable)
for f in [lambda: time.struct_time((1, 2, 3)), lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.gmtime(float("nan")), lambda: time.get_clock_info("x"), lambda: time.sleep(-1),
          lambda: time.asctime("x")]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
