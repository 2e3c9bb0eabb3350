# traceback markers of calls in assignments: a method call assigned to a name
class Loader:
    def load(self, key):
        return {"a": 1}[key]

ld = Loader()
value = ld.load("a")
print(value)
value = ld.load("b")
