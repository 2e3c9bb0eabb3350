# all / any short-circuit
log = []
def check(x):
    log.append(x)
    return x > 2
print(all(check(x) for x in [3, 4, 1, 5]), log)
log.clear()
print(any(check(x) for x in [1, 3, 5]), log)
print(all([]), any([]), all([[]]), any([[0]]), all("abc"), any(x == 0 for x in range(0)))
all(5)
