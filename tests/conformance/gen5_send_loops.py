def averager():
    total = count = 0
    try:
        while True:
            value = yield (total / count if count else None)
            total += value
            count += 1
    finally:
        print("averager closed after", count)

avg = averager()
next(avg)
for v in [10, 20, 30]:
    print(avg.send(v))
del avg
print("after del")

def source():
    try:
        yield from range(100)
    finally:
        print("source closed")

def take(n):
    for i in source():
        if i >= n:
            return
        yield i

for v in take(2):
    print(v)
print("end")
