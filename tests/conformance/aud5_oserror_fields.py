# OSError's fields: errno, strerror, filename, filename2 from 2 to 5 arguments; args keep the
# first two only when a filename is given; str() as "[Errno n] text: 'file' -> 'file2'"
def show(e):
    print(type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2))
    print(repr(str(e)), e.args)

show(OSError(5, "No such file", "a.txt", None, "b.txt"))
show(OSError(5, "No such file", "a.txt"))
show(OSError(5, "No such file", "a.txt", None))
show(OSError(5, "x", None))
show(OSError(5, "x", None, None, "b"))
show(OSError(5, "x"))
show(OSError(None, None))
show(OSError("just a message"))
show(OSError())
show(OSError(1, 2, 3, 4, 5, 6))
show(FileNotFoundError(5, "missing"))
show(FileNotFoundError("plain"))
show(PermissionError(5, "denied", "/etc/x"))
show(TimeoutError(5, "slow", "f", 0, "g"))
show(ConnectionError(5, "reset", b"bytes name"))
show(OSError(5, "x", 7))

e = OSError(5, "No such file", "a.txt", None, "b.txt")
e.filename2 = "c.txt"
e.errno = 9
print(str(e), e.errno)
e.filename = None
print(str(e))
del e.strerror
print(repr(e.strerror), str(e))

try:
    raise FileNotFoundError(5, "No such file or directory", "data.csv")
except OSError as err:
    print(type(err).__name__, err.errno, err.filename, err)

class MyOS(OSError):
    pass

print(str(MyOS(5, "mine", "m.txt", None, "n.txt")), MyOS(5, "mine").errno)
try:
    OSError(5, "x", filename="f")
except TypeError as err:
    print(err)
