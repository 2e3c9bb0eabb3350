try:
    [1, 2]["a"]
except TypeError as e:
    print(e)
try:
    (1, 2)[1.0]
except TypeError as e:
    print(e)
try:
    "abc"[None]
except TypeError as e:
    print(e)
try:
    {"a": 1}[["a"]]
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    x = 5
    x[0] = 1
except TypeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
try:
    len(iter([]))
except TypeError as e:
    print(e)
try:
    for i in 5:
        pass
except TypeError as e:
    print(e)
try:
    a, b = None
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    dict(**[1])
except TypeError as e:
    print(e)
