import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print([bisect.bisect_left(a, x) for x in [0, 4, 5, 10]], [bisect.bisect_right(a, x) for x in [0, 4, 5, 10]])
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4, 4), bisect.bisect_left(a, 4, hi=2), bisect.bisect_right(a, 4, 0, None))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0, lo=0)
print(a)
grades = "FDCBA"
def grade(score, breakpoints=[60, 70, 80, 90]):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
print(recs)
print(bisect.bisect_left("acegi", "f"), bisect.bisect_right((1, 1, 1), 1), bisect.bisect is bisect.bisect_right)
print(bisect.bisect.__name__, bisect.insort.__name__)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
bisect.bisect([1, 2], "x")
