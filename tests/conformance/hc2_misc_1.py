# chained comparisons and short circuits with side effects
log = []
def f(x):
    log.append(x)
    return x
print(f(1) < f(2) < f(0) < f(5), log)
log.clear()
print(f(0) and f(1), f(2) or f(3), f(None) or f([]) or f("last"), log)
print(1 < 2 == 2 > 1, (1 < 2) == True, not 1 < 0)
x = [] or {} or 0 or ""
x
