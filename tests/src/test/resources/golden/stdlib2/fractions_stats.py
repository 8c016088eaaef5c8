from fractions import Fraction
import statistics as st

f = Fraction(3, 4) + Fraction(1, 6)
print(f, repr(f), f.numerator, f.denominator, float(f))
print(Fraction("0.125"), Fraction(0.5), Fraction("-3/9"), Fraction(1.1).limit_denominator(100))
print(Fraction(1, 3) * 3 == 1, Fraction(1, 3) < 0.34, Fraction(5, 2) // 1, Fraction(7, 3) % 1, Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))
print(sum(Fraction(1, n) for n in range(1, 6)), round(Fraction(7, 2)), round(Fraction(22, 7), 3), abs(Fraction(-1, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
print(Fraction(3, 4).as_integer_ratio(), f"{Fraction(1, 3):.5f}", Fraction(10, 4).is_integer())

data = [2.5, 3.1, 4.7, 1.2, 3.3, 5.0, 2.2]
print(st.mean(data), st.median(data), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 2, 2, 3, 3, 3]), st.multimode("aabbbcccc"), st.pstdev([1, 2, 3, 4]), st.stdev(data))
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4, 5]), st.harmonic_mean([40, 60]), st.geometric_mean([1, 4, 16]))
print(st.quantiles(range(1, 21), n=4), st.fmean([1, 2, 3]), st.mean([Fraction(1, 2), Fraction(1, 3)]))
from decimal import Decimal
print(st.mean([Decimal("1.5"), Decimal("2.5")]), st.median_grouped([1, 2, 2, 3, 4]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(mu=100, sigma=15)
print(round(nd.cdf(115), 6), nd.inv_cdf(0.5), round(nd.pdf(100), 6), nd.mean, nd.stdev, nd)
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
