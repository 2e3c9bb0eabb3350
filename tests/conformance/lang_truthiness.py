# truth value of many objects
print(bool(0), bool(1))
print(not None, not not [])
values = [0, 1, -1, 0.0, 0.5, "", "0", [], [0], (), (None,), {}, {0: 0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
[bool(x) for x in (10 ** 30, -0.0, " ")]
