try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" - "b"
except TypeError as e:
    print(e)
try:
    [] * []
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    None > 0
except TypeError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    2 ** "x"
except TypeError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    +[]
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    "a" in ["a"] in 5
except TypeError as e:
    print(e)
x = [1]
x += 1
