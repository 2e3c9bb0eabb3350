try:
    [1, 2, 3].index(4)
except ValueError as e:
    print(e)
try:
    "abc".index("d")
except ValueError as e:
    print(e)
try:
    int("")
except ValueError as e:
    print(e)
try:
    float("")
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
try:
    tuple(1)
except TypeError as e:
    print(e)
try:
    {}.fromkeys(1)
except TypeError as e:
    print(e)
try:
    "x".join("a", "b")
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    [].append(1, 2)
except TypeError as e:
    print(e)
try:
    "a".replace("a")
except TypeError as e:
    print(e)
