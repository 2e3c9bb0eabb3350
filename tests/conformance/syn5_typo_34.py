# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
for i in y:
    break
z = 3 iss 4
