# keyword typo hint (CPython 3.14's traceback module): no keyword fits, or none compiles
x = [i for i inn range(3)]
