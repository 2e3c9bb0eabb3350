def wrap(tag, *parts, sep=""):
    return "<" + tag + ">" + sep.join(parts) + "</" + tag + ">"
rows = [["a", "b"], ["c"]]
print(wrap("ul", *[wrap("li", *r, sep=",") for r in rows]))
print([wrap(t) for t in ("x", "y")])
mapping = {k: wrap(k, k.upper()) for k in "pq"}
print(mapping)
print([wrap(*pair) for pair in [("i", "1"), ("b", "2")]])
