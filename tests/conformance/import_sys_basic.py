import sys
print(type(sys.version).__name__, len(sys.version) > 0)
print(type(sys.argv).__name__)
print(sys.__name__)
print(isinstance(sys.maxsize, int))
print(sys.__name__)
