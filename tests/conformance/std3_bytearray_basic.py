# bytearray: construction, mutation, the methods it shares with bytes, operators and repr
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], ba[::2], ba[10:], type(ba[1:2]).__name__)
ba.append(33)
ba.extend(b" wor")
ba.extend([108, 100])
ba.extend(bytearray(b"!"))
ba.extend(x for x in b"?")
print(ba)
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
ba.insert(-100, 35)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
c = ba.copy()
c.clear()
print(c, ba, c == b"", bool(c), bool(ba))
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(b"ab"), bytearray(bytearray(b"cd")))
print(bytearray("héllo", "utf-8"), bytearray("ab", encoding="ascii"), bytearray(range(65, 70)), bytearray(True))

# item and slice assignment
s = bytearray(b"abcdef")
s[0] = 65
s[-1] = ord("F")
print(s)
s[1:3] = b"XYZ"
print(s)
s[0:0] = [48, 49]
print(s)
s[-2:] = bytearray(b"")
print(s)
s[::2] = b"...."
print(s)
s[5:2] = b"<>"
print(s)
s[1:4] = s
print(s)
del s[0]
del s[-1]
print(s)
del s[::3]
print(s)
del s[1:3]
print(s)
del s[:]
print(s, len(s))
t = bytearray(b"0123456789")
del t[::-2]
print(t)
t = bytearray(b"0123456789")
t[8:2:-2] = b"abc"
print(t)

# operators and comparisons
a = bytearray(b"ab")
print(a + b"cd", b"cd" + a, a + a, a * 3, 2 * a, a * 0, a * -1, type(b"x" + a).__name__)
a += b"!"
a += bytearray(b"?")
print(a)
a *= 2
print(a)
a += bytearray(a)
print(a)
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") != b"b", bytearray(b"a") < b"b")
print(b"b" > bytearray(b"a"), bytearray(b"ab") <= bytearray(b"ab"), bytearray(b"abc") >= b"abd", bytearray(b"1") == "1")
print(bytearray(b"abc") == [97, 98, 99], 98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"c") in b"abc")
print(bytearray(b"x%sy%d") % (b"--", 5), bytearray(b"%s") % bytearray(b"ba"))

# methods shared with bytes give bytearrays
m = bytearray(b"  Hello World  ")
print(m.strip(), m.lstrip(), m.rstrip(b" d"), m.upper(), m.lower(), m.swapcase(), m.title())
print(m.split(), m.split(b"o"), m.rsplit(None, 1), m.partition(b"o"), m.rpartition(b"o"))
print(m.replace(b"l", b"L"), m.replace(bytearray(b"o"), b"0", 1), m.center(20, b"*"), m.zfill(18))
print(m.find(b"o"), m.rfind(b"o"), m.index(b"W"), m.count(b"l"), m.count(ord("l")), m.find(bytearray(b"W")))
print(m.startswith(b"  H"), m.endswith((b"x", b"  ")), m.isalpha(), bytearray(b"abc").isalpha(), m.isascii())
print(bytearray(b"a,b,,c").split(b","), bytearray(b"x\ny\r\nz").splitlines(), bytearray(b"ab").hex(), bytearray(b"ab").hex(":"))
print(bytearray.fromhex("de ad be ef"), bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(b"bc"))
print(bytearray(b"-").join([b"a", bytearray(b"b"), b"c"]), b"-".join([bytearray(b"x"), b"y"]), bytearray(b"").join([]))
print(bytearray(b"tab\there").expandtabs(4), bytearray(b"abc").translate(bytes.maketrans(b"a", b"z")), bytearray.maketrans(b"a", b"b")[97])
print(bytearray(b"abc").decode(), bytearray(b"caf\xc3\xa9").decode("utf-8"), str(bytearray(b"xy"), "ascii"))
print(bytearray(b"ab").ljust(4, b"."), bytearray(b"ab").rjust(4), bytearray(b"aBc").capitalize(), bytearray(b"abc").strip(b"ac"))

# iteration and conversions
it = bytearray(b"xyz")
print(list(it), [c for c in it], tuple(it), sorted(bytearray(b"cab")), bytes(it), sum(it), max(it))
grow = bytearray()
for k in range(300):
    grow.append(k % 256)
print(len(grow), grow[255], grow[299], grow[:4], bytes(grow[-3:]))
print(repr(bytearray(b"'")), repr(bytearray(b"\"'")), str(bytearray(b"\x00\xff\n")), f"{bytearray(b'fmt')}")
print(type(bytearray()).__name__, isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes))
bytearray(b"end")
