# __str__ and __repr__ fallbacks: str uses repr when only __repr__ is defined
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"

assert str(OnlyRepr()) == "OnlyRepr()"
assert f"{OnlyRepr()}" == "OnlyRepr()"
assert str(OnlyStr()) == "only-str"
assert repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x")
assert "%s|%r" % (OnlyRepr(), OnlyRepr()) == "OnlyRepr()|OnlyRepr()"
assert "{}|{!r}".format(OnlyStr(), OnlyRepr()) == "only-str|OnlyRepr()"
print(OnlyRepr(), [OnlyRepr()], OnlyStr())
