try:
    [1] - [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} + {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < "ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
