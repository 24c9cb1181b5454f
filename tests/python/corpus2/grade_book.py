students = {
    "alice": [88, 92, 79, 95],
    "bob": [72, 65, 80, 70],
    "carol": [95, 98, 100, 91],
    "dave": [55, 62, 48, 70],
    "eve": [80, 85, 90, 75],
}


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


def stats(scores):
    n = len(scores)
    mean = sum(scores) / n
    var = sum((s - mean) ** 2 for s in scores) / n
    return {"min": min(scores), "max": max(scores), "mean": mean, "std": var ** 0.5}


header = f"{'Name':<8}{'Scores':<20}{'Avg':>7}{'Std':>7}  Grade"
print(header)
print("=" * len(header))
report = []
for name, scores in sorted(students.items()):
    st = stats(scores)
    g = letter(st["mean"])
    report.append((name, st["mean"], g))
    print(f"{name.title():<8}{str(scores):<20}{st['mean']:>7.2f}{st['std']:>7.3f}  {g}")
print("-" * len(header))
ranking = sorted(report, key=lambda r: r[1], reverse=True)
for pos, (name, avg, g) in enumerate(ranking, start=1):
    medal = {1: "gold", 2: "silver", 3: "bronze"}.get(pos, "")
    print(f"#{pos} {name:>6} {avg:6.2f} {medal}")
dist = {}
for _, _, g in report:
    dist[g] = dist.get(g, 0) + 1
print(" ".join(f"{g}:{dist.get(g, 0)}" for g in "ABCDF"))
class_avg = sum(a for _, a, _ in report) / len(report)
print("class average: %.3f" % class_avg, "above:", [n for n, a, _ in report if a > class_avg])
all_scores = [s for scores in students.values() for s in scores]
print(len(all_scores), sorted(all_scores)[:5], sorted(all_scores)[-5:])
test_avgs = [sum(col) / len(col) for col in zip(*students.values())]
print("per test:", [round(t, 1) for t in test_avgs], "best test:", test_avgs.index(max(test_avgs)) + 1)
improved = {n: s[-1] - s[0] for n, s in students.items()}
print(sorted(improved.items(), key=lambda kv: kv[1]))
print("{:>10}|{:^10}|{:<10}|".format("right", "center", "left"))
print("{0:.1%} {1:+.2e} {2:,d}".format(0.4567, 12345.678, 9876543))
print(f"{'total':*^20}", f"{len(students):#06x}", f"{class_avg!s:.5}", f"{class_avg!r}")
histogram = sorted(all_scores)
buckets = {}
for s in histogram:
    buckets.setdefault(s // 10 * 10, []).append(s)
for b in sorted(buckets):
    print(f"{b:3d}-{b + 9:<3d} {'*' * len(buckets[b])}")
