# __repr__ returning a non-string
class BadRepr:
    def __repr__(self):
        return 42

print("before")
repr(BadRepr())
