# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
def g(): pass
def f():
    retrn 1
