# keyword typo hint (CPython 3.14's traceback module): no keyword fits, or none compiles
def f():
    return 1
if x:
    return 2
    z = 3 iss 4
