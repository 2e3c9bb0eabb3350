print(any([]), all([]))
print(any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
checked = []
def check(v):
    checked.append(v)
    return v > 1
print(any(check(v) for v in [0, 1, 2, 3, 4]), checked)
checked.clear()
print(all(check(v) for v in [5, 1, 9]), checked)
all("abc")
