import copy
def gen():
    yield 1
print(copy.copy(print) is print)
copy.copy(gen())
