# The exceptions whose constructors take keyword-only fields.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


n = NameError("name 'x' is not defined", name="x")
print(n.name, n.args, str(n))
print(NameError("m").name)
a = AttributeError("no attr", name="foo", obj=[1])
print(a.name, a.obj, a.args)
i = ImportError("cannot import", name="mod", path="/p")
print(i.name, i.path, i.msg, i.args, str(i))
print(ImportError().msg, ImportError("a", "b").msg, ImportError("a", "b").args)
m = ModuleNotFoundError("No module named 'q'", name="q")
print(m.name, m.path, m.msg)
show(lambda: NameError("a", foo=1))
show(lambda: AttributeError(name="a", bogus=2))
show(lambda: ImportError(name="a", bogus=2))
show(lambda: ValueError("a", name="x"))
show(lambda: KeyError(key=1))
