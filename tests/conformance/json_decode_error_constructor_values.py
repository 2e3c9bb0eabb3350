import json
def show(f):
    try:
        e = f()
        print(repr(e), e.lineno, e.colno, e.pos)
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: json.JSONDecodeError("m", b"ab", 1))
show(lambda: json.JSONDecodeError("m", [1], 1))
show(lambda: json.JSONDecodeError("m", (1,), 1))
show(lambda: json.JSONDecodeError("m", None, 1))
show(lambda: json.JSONDecodeError("m", "a\nb", None))
show(lambda: json.JSONDecodeError("m", "a\nb", 1.5))
show(lambda: json.JSONDecodeError("m", "a\nb\nc", 10**30))
show(lambda: json.JSONDecodeError("m", "a\nb\nc", -10**30))
show(lambda: json.JSONDecodeError("m", "a\nb\nc", True))
show(lambda: json.JSONDecodeError("m", "a\nb\nc", -2))
show(lambda: json.JSONDecodeError(None, "\u00e9\n\u00e9\u00e9", 4))
show(lambda: json.JSONDecodeError(["x"], "", 0))
