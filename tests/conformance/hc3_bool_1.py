def check(v):
    return "truthy" if v else "falsy"
vals = [0, 0.0, 0j, "", [], {}, set(), (), None, False, "0", [0], {0: 0}, -1, 0.1, " "]
for v in vals:
    print(repr(v), check(v))
print(bool(range(0)), bool(range(1)), any([]), all([]))
print([] or [1], {} and 5, None or 0 or "last")
