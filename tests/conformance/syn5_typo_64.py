# keyword typo hint (CPython 3.14's traceback module): no keyword fits, or none compiles
s = "whille" ; whille x: pass
