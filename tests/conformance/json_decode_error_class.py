import json

e = json.JSONDecodeError("boom", "ab\ncd\nef", 5)
print(repr(e))
print(str(e))
print(e.msg, repr(e.doc), e.pos, e.lineno, e.colno, e.args)
print(isinstance(e, ValueError), type(e).__name__)
e2 = json.JSONDecodeError(msg="m", doc="abc", pos=0)
print(e2, e2.colno)
print(json.JSONDecodeError("m", "abc", 10), json.JSONDecodeError("m", "abc", -1))
print(json.JSONDecodeError("m", "\n\n\n", 3).lineno)
print(json.JSONDecodeError(1, "abc", True))
try:
    raise json.JSONDecodeError("custom", "{}", 1)
except ValueError as err:
    print("caught", err, err.pos)
e.msg = "changed"
print(e.msg, e)
