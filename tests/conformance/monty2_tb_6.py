# bare raise re-raises inside a method, keeping the original line
class Service:
    def __init__(self):
        self.errors = 0
    def call(self, d, k):
        try:
            return d[k]
        except KeyError:
            self.errors += 1
            raise

s = Service()
try:
    s.call({}, "a")
except KeyError as e:
    print("caught", repr(e), s.errors)
s.call({"b": 1}, "c")
