import csv
import io
import statistics
from collections import defaultdict
from itertools import groupby
from operator import itemgetter

RAW = """city,month,temp,rain
Oslo,Jan,-4.3,49
Oslo,Feb,-4.0,36
Oslo,Mar,-0.2,47
Rome,Jan,7.5,67
Rome,Feb,8.8,73
Rome,Mar,11.1,58
Cairo,Jan,14.0,5
Cairo,Feb,15.4,4
Cairo,Mar,17.6,4
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
by_city = defaultdict(list)
for r in rows:
    by_city[r["city"]].append(float(r["temp"]))
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["city", "mean", "median", "stdev", "min", "max"])
for city, temps in sorted(by_city.items()):
    w.writerow([city, round(statistics.mean(temps), 2), statistics.median(temps), round(statistics.stdev(temps), 3), min(temps), max(temps)])
print(out.getvalue())
rain = [int(r["rain"]) for r in rows]
print(statistics.mean(rain), statistics.median(rain), statistics.mode(rain), statistics.quantiles(rain, n=3))
for city, grp in groupby(sorted(rows, key=itemgetter("city")), key=itemgetter("city")):
    g = list(grp)
    print(city, sum(int(r["rain"]) for r in g), [r["month"] for r in g])
warmest = max(rows, key=lambda r: float(r["temp"]))
print(warmest)
print(f"{statistics.pstdev(rain):.4f} {statistics.variance(rain):.4f}")
