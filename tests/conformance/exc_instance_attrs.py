# Built-in exception instances take arbitrary attributes in their __dict__.
e = ValueError("bad")
print(e.__dict__)
e.code = 5
print(e.code, e.__dict__, str(e), repr(e), e.args)
try:
    raise e
except ValueError as x:
    print(x.code, vars(x), x is e)


class My(Exception):
    pass


m = My("a")
m.extra = 1
print(m.__dict__)
k = KeyError("k")
setattr(k, "note", "n")
print(getattr(k, "note"), hasattr(k, "zz"), getattr(k, "zz", "default"))
del k.note
print(k.__dict__)
try:
    del k.note
except AttributeError as err:
    print(err)
s = StopIteration(3)
s.extra = [1]
print(s.value, s.extra)
err = OSError(2, "No such file")
err.hint = "check the path"
print(err.errno, err.strerror, err.hint)
g = ExceptionGroup("group", [ValueError(1)])
g.tag = "t"
print(g.tag, g.message)
e.__dict__["direct"] = True
print(e.direct)
print(TypeError("x").missing)
