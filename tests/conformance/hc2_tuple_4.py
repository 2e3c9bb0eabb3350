# tuple comparison and sorting with mixed types
recs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(recs), max(recs), min(recs), sorted(recs, reverse=True))
print((1, 2) == [1, 2], (1,) == 1, tuple() == ())
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
(1, 2) < (1, None)
