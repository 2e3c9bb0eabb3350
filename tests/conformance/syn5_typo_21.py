# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
print(x nott in y)
