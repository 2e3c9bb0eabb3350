# keyword typo hint (CPython 3.14's traceback module): no keyword fits, or none compiles
if x:
    def g():
        return 1
    retrun 2
