# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
def f(x):
    if x iss None:
        retrun 0
    return x
