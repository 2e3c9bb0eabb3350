def numbers():
    total = 0
    for i in range(5):
        received = yield i
        if received:
            total += received
    return total

def driver():
    gen = numbers()
    value = next(gen)
    sent = 0
    try:
        while True:
            sent += 10
            value = gen.send(sent if value % 2 else None)
    except StopIteration as stop:
        return stop.value

print(driver())
def wrapper():
    result = yield from numbers()
    yield f"result={result}"
w = wrapper()
print([next(w), w.send(100), w.send(None), w.send(5), w.send(None)], list(w))
