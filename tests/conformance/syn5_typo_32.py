# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
if x:
    pass
    z = 3 iss 4
