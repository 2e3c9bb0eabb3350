# === send / throw / close ===
def accum():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = accum()
assert next(g) == 0, 'prime'
assert g.send(5) == 5, 'send'
assert g.send(10) == 15, 'send again'
try:
    g.send(None)
except StopIteration:
    pass
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
c = catcher()
next(c)
assert c.throw(ValueError('x')) == 'caught x', 'throw'
def closer():
    try:
        yield 1
    finally:
        print('cleanup')
cl = closer()
next(cl)
cl.close()
cl.close()
fresh = accum()
fresh.send(1)
