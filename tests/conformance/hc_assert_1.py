def mean(xs):
    assert len(xs) > 0, "empty input"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
assert mean([2]) == 2.0
assert isinstance(mean([1]), float), "type"
try:
    mean([])
except AssertionError as e:
    print("assert:", e)
x = 3
assert x > 5, f"x too small: {x}"
