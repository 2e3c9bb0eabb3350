# === generator close and finally ===
log = []
def worker():
    try:
        for i in range(10):
            log.append(f'yield {i}')
            yield i
    finally:
        log.append('finally')
w = worker()
for v in w:
    if v == 2:
        break
w.close()
assert log == ['yield 0', 'yield 1', 'yield 2', 'finally'], log
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2
r = refuses()
next(r)
r.close()
