import sys as system
print(system.__name__)
def f():
    import sys
    return sys is system
print(f())
try:
    sys
except NameError as e:
    print(e)
from sys import version
type(version).__name__
