def swallow():
    for _ in range(1):
        try:
            raise KeyError("gone")
        finally:
            break
    return "swallowed"

assert swallow() == "swallowed"
def override():
    try:
        return 1
    finally:
        pass
assert override() == 1
def nested():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                out.append(i)
            finally:
                out.append("f%d" % i)
        except ValueError as e:
            out.append("caught %s" % e)
    return out
print(nested())
