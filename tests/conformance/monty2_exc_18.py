# custom exception hierarchy with __init__ that does not call super().__init__
class Weird(Exception):
    def __init__(self, code):
        self.code = code

e = Weird(5)
assert e.code == 5
assert e.args == (5,)
assert str(e) == "5"
print(repr(e))
raise Weird(7)
