class Result:
    def __init__(self, ok, value):
        self.ok, self.value = ok, value
    def __repr__(self):
        return f"Result(ok={self.ok}, value={self.value!r})"

def safe_int(s):
    try:
        return Result(True, int(s))
    except ValueError as e:
        return Result(False, str(e))

[safe_int(x) for x in ["1", "two", "-3"]]
