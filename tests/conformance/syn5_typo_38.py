# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
x = 1; y = 2 iss 3
