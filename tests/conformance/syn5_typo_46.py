# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
if x annd y or z:
    pass
