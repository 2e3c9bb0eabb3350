class A:
    def method(self):
        return "m"
a = A()
print(a.method())
try:
    a.methd()
except AttributeError as e:
    print(e)
try:
    A.nothing
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    {}.has_key("a")
except AttributeError as e:
    print(e)
a.metod()
