# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
x = (1,
     2,
     3) iff True else 4
