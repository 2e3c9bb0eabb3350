def parse(s):
    try:
        return int(s)
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
print(parse("12"), parse("x"), parse(None), parse([1]))
try:
    {}["missing"]
except LookupError as e:
    print("lookup", type(e).__name__, e)
try:
    [][3]
except LookupError as e:
    print("lookup", type(e).__name__, e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
