def snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
def camel(name):
    first, *rest = name.split("_")
    return first + "".join(p.capitalize() for p in rest)
for n in ["parseHTTPResponse", "userId", "SimpleCase", "already_snake"]:
    print(n, "->", snake(n), "->", camel(snake(n)))
assert camel("a_b_c") == "aBC"
