def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot parse {s!r}") from e

try:
    parse("abc")
except TypeError as e:
    print(e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
parse("x1")
