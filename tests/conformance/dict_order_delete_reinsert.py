d = {}
for i in range(10):
    d[i] = i
for i in range(0, 10, 2):
    del d[i]
print(d)
for i in range(0, 10, 2):
    d[i] = -i
print(d, list(d.keys())[:3])
print(d.popitem(), d.popitem())
d[100] = 'x'
print(d)
big = {i: str(i) for i in range(1000)}
for i in range(999):
    del big[i]
print(big, len(big))
big[5] = 'five'
print(big)
