# truth test of a subscript and of a binary operation result
class Bad:
    def __bool__(self):
        return 0
    def __add__(self, other):
        return Bad()

items = [Bad()]
try:
    if items[0]:
        pass
except TypeError as e:
    print(e)
assert Bad() + 1
