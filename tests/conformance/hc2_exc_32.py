# exception equality and identity
e1 = ValueError("x")
e2 = ValueError("x")
print(e1 == e2, e1 == e1, e1.args == e2.args, str(e1) == str(e2))
try:
    raise e1
except ValueError as caught:
    print(caught is e1)
errors = {}
for v in ["1", "a", "b"]:
    try:
        int(v)
    except ValueError as e:
        errors[v] = e
print({k: str(v) for k, v in errors.items()})
raise errors["a"]
