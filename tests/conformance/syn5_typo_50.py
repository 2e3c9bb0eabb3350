# keyword typo hint (CPython 3.14's traceback module): no keyword fits, or none compiles
x = 1 if y esle 2
