# keyword-only args, defaults and **kwargs ordering
def api(path, *, method="GET", timeout=10, **headers):
    return f"{method} {path} t={timeout} h={sorted(headers.items())}"
print(api("/x"), api("/y", method="POST", X_Id="1", Accept="json"))
def varargs(*args, sep=", "):
    return sep.join(map(str, args))
print(varargs(1, 2, 3), varargs(sep="-"), varargs("a", sep=""))
api("/z", "PUT")
