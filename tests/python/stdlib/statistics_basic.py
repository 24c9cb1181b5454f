# statistics: averages, spread and quantiles on ints, floats and Fractions; error messages.
import statistics as st
from fractions import Fraction

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.25, 3.0, 4.75, 0.1, 0.2]
fracs = [Fraction(1, 3), Fraction(1, 2), Fraction(3, 4)]
for data in (ints, floats, fracs, [1, 2, 3], [1, 2, 3, 4], [0.1] * 10):
    print(repr(st.mean(data)), repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)))
    print(repr(st.variance(data)), repr(st.pvariance(data)), repr(st.stdev(data)), repr(st.pstdev(data)))
    print(repr(st.fmean(data)), repr(st.harmonic_mean(data)), repr(st.geometric_mean(data)))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("abracadabra"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.quantiles(range(1, 11)), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method="inclusive"))
print(st.variance(ints, xbar=5), st.pstdev(ints, mu=5), st.mean([True, False, True]))
print(st.covariance([1, 2, 3, 4], [2, 4, 5, 8]), st.correlation([1, 2, 3, 4], [2, 4, 6, 8]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), st.fmean([1, 2, 3], weights=[3, 1, 1]))
print(st.stdev([1e10, 1e10 + 1, 1e10 + 2]), st.variance([Fraction(1, 2), 1, 2]), st.mean([1, 2.5, Fraction(1, 2)]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.pdf(100), 6), nd.zscore(130), nd + 5, st.NormalDist.from_samples([1, 2, 3, 4]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.variance([1]), lambda: st.stdev([]),
            lambda: st.pvariance([]), lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1]), lambda: st.fmean([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
