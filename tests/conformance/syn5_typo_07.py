# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
if x:
    y = 1
elif x iss None:
    pass
