def consume(it):
    out = []
    for x in it:
        out.append(x)
    return out
def produce():
    yield 1
    try:
        yield 2 // 0
    except ZeroDivisionError as e:
        raise ValueError("produce failed") from e
consume(produce())
