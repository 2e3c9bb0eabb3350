log = []
def src(name, n):
    log.append("iter " + name)
    return range(n)
def cond(v):
    log.append("cond %d" % v)
    return v % 2 == 0
r = [(a, b) for a in src("a", 3) if cond(a) for b in src("b", 2)]
print(r)
print(log)
log.clear()
d = {log.append("key %d" % k) or k: log.append("val %d" % k) or k for k in range(2)}
print(d)
log
