# time.strptime through Lib's _strptime
import time

t = time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")
print(t, t.tm_zone)
print(time.strptime("Tue Nov 14 22:13:20 2023"))
print(time.strptime("14 Nov 23", "%d %b %y")[:3], time.strptime("1999 365", "%Y %j").tm_yday)
try:
    time.strptime("2023-99", "%Y-%m")
except ValueError as e:
    print("ValueError", e)
import datetime
print(datetime.datetime.strptime("2022-02-03 04:05", "%Y-%m-%d %H:%M"))
