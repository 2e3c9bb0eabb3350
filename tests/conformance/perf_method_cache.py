# LOAD_METHOD remembers which built-in method a name finds on each type (ops.c): the same
# name on different types, and names a type lacks, must keep resolving per type.
values = [[3, 1, 2], "a,b,c", (5, 6, 5), {"k": 1}, {4, 5}, b"xy", 7, 2.5]
out = []
for _ in range(3):
    for v in values:
        for name in ("index", "count", "copy", "split", "get", "bit_length", "hex", "upper"):
            try:
                m = getattr(v, name)
            except AttributeError as e:
                out.append(str(e))
                continue
            out.append(name)
    out.append([3, 1, 2].index(2))
    out.append("a,b,c".index("b"))
    out.append((5, 6, 5).count(5))
    out.append({"k": 1}.get("k"))
    out.append((255).bit_length())
    out.append(2.5.hex())
    out.append(b"xy".upper())
print(out[:40])
print(out[-20:])
try:
    [1].upper()
except AttributeError as e:
    print(e)
