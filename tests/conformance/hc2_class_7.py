# __str__ vs __repr__ fallback
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class OnlyStr:
    def __str__(self):
        return "only str"
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), repr(OnlyStr())[:17])
print([OnlyStr()][0].__str__(), f"{OnlyRepr()}", "%s" % OnlyRepr())
class BadRepr:
    def __repr__(self):
        return 42
repr(BadRepr())
