# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
a = 1
b = 2
c = a iff b else 3
