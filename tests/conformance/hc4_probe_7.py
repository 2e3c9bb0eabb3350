ba = bytearray(b"hello")
ba.insert(0, 72)
ba.remove(ord("l"))
ba.reverse()
ba += b"!!"
ba[1:3] = b"XYZ"
print(ba, ba * 2, ba.count(b"!"), ba.find(b"Z"), bytes(ba).title(), ba.upper().zfill(12))
del ba[0]
print(ba, len(ba), ba.startswith((b"X", b"Y")), ba.split(b"Z"), b"a\nb\r\nc".splitlines())
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"k=v".partition(b"="), b"%(k)s" % {b"k": b"v"})
print(b"abc"[::-1], b"abc"[1], list(b"ab"), b"ab" in b"cabd", 98 in b"abc", bytes(range(65, 70)))
probes = [
    lambda: {"a": 1} | [("b", 2)],
    lambda: [1] + (2,),
    lambda: "a" * 2.0,
    lambda: "a" in 5,
    lambda: 2.0 in range(3),
    lambda: 2.5 in range(3),
    lambda: range(0, 10, 2) == range(0, 9, 2),
    lambda: range(5)[::-2],
    lambda: list(reversed(range(1, 10, 3))),
    lambda: range(10).count(3),
    lambda: bool(range(0)),
    lambda: hash(slice(1, 2)) == hash(slice(1, 2)),
    lambda: slice(1, 2) == slice(1, 2),
    lambda: list(map(None, [1])),
    lambda: sum(["a", "b"], ""),
    lambda: sum([[1], [2]]),
    lambda: min(3, 1, 2, key=lambda x: -x),
    lambda: sorted([3, 1], key=None),
    lambda: max(1, 2, default=0),
    lambda: list(enumerate({"a": 1, "b": 2})),
    lambda: dict.fromkeys("ab", []),
    lambda: bytes("abc"),
    lambda: bytes(-1),
    lambda: bytearray(b"a").pop(5),
    lambda: b"a" + bytearray(b"b"),
    lambda: bytearray(b"a") + b"b",
    lambda: b"abc".decode("ascii").encode("utf-16")[:2],
    lambda: set([1]) | [2],
]
for i, p in enumerate(probes):
    try:
        print(i, repr(p()))
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
s = {1}
s |= {2}
s.update([3])
print(s)
s |= [4]
