# exception within generator propagates with context
def gen():
    yield 1
    raise ValueError("in gen")
def consume():
    try:
        for x in gen():
            print(x)
    except ValueError as e:
        raise RuntimeError("consume failed") from e
consume()
