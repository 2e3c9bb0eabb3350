limit = 10

class Settings:
    size = limit * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    del size

print(Settings.upper, hasattr(Settings, "size"))

try:
    class Broken:
        value = undefined_name + 1
except NameError as e:
    print(e)

class Outer:
    ns = 1
    def method(self):
        return ns

try:
    Outer().method()
except NameError as e:
    print(e)

class Late:
    total = sizes
