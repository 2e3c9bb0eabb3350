# attribute errors on instances and classes
class Thing:
    def __init__(self):
        self.value = 1
t = Thing()
for name in ("value", "valeu", "__class__"):
    try:
        print(getattr(t, name))
    except AttributeError as e:
        print(e)
try:
    Thing.nothing
except AttributeError as e:
    print(e)
t.valu
