# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
class A:
    def f(self):
        retrun self
