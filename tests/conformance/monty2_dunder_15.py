# __bool__ and __len__ in truth tests, and a bad __bool__
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

assert not Flag(False)
assert Flag(True)
assert [x.v for x in [Flag(True), Flag(False)] if x] == [True]
r = Flag(False) or "fallback"
assert r == "fallback"
r = Flag(True) and "second"
assert r == "second"

class Bad:
    def __bool__(self):
        return 1

print("before")
if Bad():
    print("never")
