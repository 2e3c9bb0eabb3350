# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
if True:
    x = [1, 2
         3 iss 4]
