def accumulate():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError:
            total = 0
            continue
        if value is None:
            return total
        total += value

acc = accumulate()
next(acc)
acc.send(5)
print(acc.send(10))
print(acc.throw(ValueError))
print(acc.send(3))
try:
    acc.send(None)
except StopIteration as s:
    print("final", s.value)
acc.send(1)
