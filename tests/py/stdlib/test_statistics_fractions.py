# statistics and fractions
import statistics
from statistics import (mean, fmean, median, median_low, median_high, median_grouped, mode, multimode,
                        stdev, pstdev, variance, pvariance, quantiles, harmonic_mean, geometric_mean,
                        StatisticsError, NormalDist, correlation, covariance, linear_regression)
from fractions import Fraction


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print('--- fractions')
F = Fraction
print(F(3, 4), F(6, 8), repr(F(-6, 8)), F(5), F(), F(3, -9), F('3/4'), F(' -1.5e3 '), F('7'), F('.5'), F('1_000/3'), F(0.1), F(2.5))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, F(1, 3) * 3, F(1, 3) / F(2, 3), 2 / F(4), 1 - F(1, 3), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)))
print(F(1, 2) + 0.25, 0.5 * F(1, 3), F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4, 9) ** 0.5, 2 ** F(2), 2 ** F(1, 2))
print(F(1, 2) == 0.5, F(1, 2) < 0.6, F(1, 3) > F(1, 4), F(2, 1) == 2, F(1, 2) != F(2, 4), sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(float(F(1, 3)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(12345, 1000), 2), round(F(12345), -2))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(10), F(1, 3).limit_denominator(), F(10, 7).as_integer_ratio())
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), F(1, 2).numerator, F(1, 2).denominator)
print({F(1, 2): 'half'}[0.5], F.from_float(0.75), str(F(5, 1)), '%s' % F(2, 6))
show(format, F(1, 3), '.4f')
show(F, 1, 0)
show(F, 'abc')
show(F, '1/0')
show(F, 1.5, 2)
show(lambda: F(1, 2) / 0)
print(sum([F(1, n) for n in range(1, 11)]))

print('--- statistics')
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean([1, 2, 3, 4, 4]), mean(data), mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), mean([1, 2]), mean([0.1] * 10), mean(range(1, 101)))
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3], weights=[3, 2, 1]), geometric_mean([54, 24, 36]), harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 3.5, 1]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_grouped([52, 52, 53, 54]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode('aabbb'), multimode('aabbbbccddddeeffffgg'), multimode([]))
print(variance(data), variance([1, 2, 3, 4]), variance([F(1, 6), F(1, 2), F(5, 3)]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1, 2, 3, 4]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1, 2, 3, 4]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(variance([1, 2, 3], xbar=2), pvariance([1, 2, 3], mu=2), stdev([0.1, 0.2, 0.3, 0.4]), variance([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 2]))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), quantiles([1.5, 2.5], n=3))
xs = [1, 2, 3, 4, 5, 6, 7, 8, 9]
ys = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(xs, ys), correlation(xs, xs), correlation(xs, [9, 8, 7, 6, 5, 4, 3, 2, 1]), linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
for f, a in [(mean, []), (median, []), (mode, []), (variance, [1]), (stdev, [1]), (pvariance, []), (quantiles, [1]), (harmonic_mean, [-1, 2]), (geometric_mean, [])]:
    show(f, a)
print(isinstance(StatisticsError('x'), ValueError))
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), round(nd.inv_cdf(0.975), 9), nd.zscore(115))
print([round(q, 9) for q in nd.quantiles()], NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), nd + 10, nd * 2, round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12))
