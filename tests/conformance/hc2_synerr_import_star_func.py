# syntax error: import star func
def f():
    from math import *
