# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
Tru = 1; x = Tru annd y
