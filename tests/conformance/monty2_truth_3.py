# a __bool__ returning a non-bool under `not`, and __len__ returning a negative number
class Bad:
    def __bool__(self):
        return None

class NegLen:
    def __len__(self):
        return -1

try:
    if NegLen():
        pass
except ValueError as e:
    print("ValueError:", e)
if not Bad():
    print("no")
