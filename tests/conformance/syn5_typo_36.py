# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
def f():
    def g():
        pass
    retrun 2
