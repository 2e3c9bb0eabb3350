# chained assignment, multiple targets and evaluation order
log = []
def t(name, val):
    log.append(name)
    return val
d = {}
d[t("k", "key")] = t("v", "value")
print(log)
log.clear()
a = b = t("x", [1])
a.append(2)
print(a, b, log)
x, y = t("first", 1), t("second", 2)
print(log)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
log.clear()
t("L", 1) + t("R", 2) * t("RR", 3)
log
