# statistics: central tendency, spread, quantiles, with ints, floats, Fractions and Decimals
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode(data), st.multimode([1, 1, 2, 2, 3]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.pstdev(data), st.pvariance(data), st.stdev(data), st.variance(data))
print(st.mean([1.5, 2.5, 3.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('0.5'), Decimal('0.25')]))
print(st.variance([Fraction(1, 4), Fraction(3, 4), Fraction(1, 2)]), st.stdev([Decimal('1.5'), Decimal('2.5'), Decimal('4.5')]))
print(st.quantiles(range(1, 11), n=4), st.quantiles([1, 2, 3, 4, 5, 6, 7], n=4, method='inclusive'))
print(st.quantiles([10.5, 20.25, 3.0, 8.0, 15.0], n=10))
print(st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[1, 1, 2]))
x, y = [1, 2, 3, 4, 5], [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
print(st.mean([True, False, True]), st.median([3, 1, 2]), st.median([]) if False else st.median([5]))
d = st.NormalDist(100, 15)
print(d, round(d.cdf(130), 6), round(d.inv_cdf(0.975), 6), d.mean, d.stdev)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for f, arg in ((st.mean, []), (st.stdev, [1]), (st.mode, [])):
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError:', e)
