try:
    None()
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    "s"()
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    -"x"
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
try:
    {} + {}
except TypeError as e:
    print(e)
~1.5
