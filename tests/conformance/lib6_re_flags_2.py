import re
import enum
print(list(re.RegexFlag))
print(re.I ^ re.M, re.I ^ re.I, re.M & ~re.M)
print(re.compile(r"""
    (\d+)   # digits
    \s*     # space
""", re.VERBOSE | re.IGNORECASE).findall("12 a 34"))
p = re.compile("x", re.I)
print(p.flags & re.I, bool(p.flags & re.M), p.flags == re.I | re.U)
print(re.sub("a", "b", "AaA", flags=re.I), re.split("x", "aXbxc", flags=re.IGNORECASE))
print(re.match("a", "A", re.NOFLAG), re.escape("a.b"), re.I.bit_length(), (re.I).real)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm, repr(Perm), enum.Flag, type(Perm.R).__name__, Perm.R.__class__)
class Color(enum.IntEnum):
    RED = 1
print(Color.RED.__class__, Color, Color.RED.__class__ is Color)
try:
    re.compile("a", "i")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.I | "x"
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("(?i)a", re.ASCII | re.UNICODE)
except ValueError as e:
    print("ValueError:", e)
print(re.findall("[a-z]+", "Hello World", re.I))
print(Color.RED + 1.5, 2 * Color.RED, Color.RED - True, 10 // Color.RED, Color.RED ** 2, -Color.RED)
for bad in (lambda: Color.RED + "x", lambda: "x" + Color.RED, lambda: Color.RED @ 2, lambda: [1] - Color.RED):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print([1, 2] * Color.RED, "ab" * Color.RED, Perm.R | 8, 8 | Perm.R, Perm.R + Perm.W)
print(1.5 + Color.RED, Color.RED * 2j, 1j - Color.RED, Color.RED / 2, 3 % Color.RED, divmod(7, Color.RED))
