def producer():
    for i in range(3):
        yield i
    raise ValueError("producer failed at end")

def consumer():
    total = 0
    for v in producer():
        total += v
    return total

consumer()
