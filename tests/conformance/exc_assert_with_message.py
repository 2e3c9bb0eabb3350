items = [1, 2, 3]
assert len(items) == 3, "three items"
try:
    assert items[0] == 2, "first item is %d" % items[0]
except AssertionError as e:
    print("caught:", e, e.args)
assert sum(items) > 10, f"sum too small: {sum(items)}"
