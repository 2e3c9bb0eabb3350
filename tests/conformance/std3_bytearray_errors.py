# bytearray: CPython's errors
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b"abc")
err(lambda: hash(bytearray()))
err(lambda: {bytearray(): 1})
err(lambda: ba[3])
err(lambda: ba[-4])
err(lambda: ba["x"])
err(lambda: ba.append(256))
err(lambda: ba.append(-1))
err(lambda: ba.append("a"))
err(lambda: ba.append(1.0))
err(lambda: bytearray().pop())
err(lambda: ba.pop(10))
err(lambda: ba.remove(120))
err(lambda: ba.insert(0, 300))
err(lambda: ba.extend("abc"))
err(lambda: ba.extend(5))
err(lambda: ba.extend([1, "x"]))
err(lambda: ba.extend([1, 999]))
err(lambda: ba + "x")
err(lambda: ba + [1])
err(lambda: ba * 1.5)
err(lambda: bytearray(-1))
err(lambda: bytearray(1.5))
err(lambda: bytearray("abc"))
err(lambda: bytearray([1, 256]))
err(lambda: bytearray(b"\xff").decode())
err(lambda: bytearray.fromhex("zz"))
err(lambda: 300 in ba)
err(lambda: "a" in ba)
err(lambda: ba.find("a"))


def setitem(i, v):
    b = bytearray(b"abc")
    b[i] = v
    return b


err(lambda: setitem(5, 1))
err(lambda: setitem(0, 256))
err(lambda: setitem(0, "x"))
err(lambda: setitem(slice(0, 1), "x"))
err(lambda: setitem(slice(0, 1), 5))
err(lambda: setitem(slice(0, 3, 2), b"abc"))
err(lambda: setitem(slice(0, 3, 0), b"a"))


def delete(i):
    b = bytearray(b"abc")
    del b[i]


err(lambda: delete(3))
err(lambda: delete("x"))


def iadd():
    b = bytearray(b"x")
    b += "y"


err(iadd)


class Index:
    def __init__(self, target):
        self.target = target

    def __index__(self):
        self.target.extend(b"0123456789" * 10)
        return 1


grow = bytearray(b"abc")
print(grow.find(b"b", Index(grow)), len(grow))
grow = bytearray(b"abc")
print(grow[Index(grow)], len(grow))
grow = bytearray(b"abc")
grow[Index(grow)] = 90
print(grow[:3], len(grow))
grow = bytearray(b"abc")
print(b"xbc".find(grow[1:], Index(grow)), len(grow))
