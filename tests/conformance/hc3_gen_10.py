def tokens(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            yield ("NUM", int(s[i:j]))
            i = j
        elif c in "+-*/()":
            yield ("OP", c)
            i += 1
        else:
            raise ValueError(f"unexpected {c!r} at {i}")
print(list(tokens("12 + 3*(4 - 10)")))
list(tokens("1 + x"))
