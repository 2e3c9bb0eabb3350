import traceback
try:
    {"a": 1}["b"]
except KeyError:
    s = traceback.format_exc()
    print(s.splitlines()[0])
    print(s.splitlines()[-1])
try:
    raise ValueError("x")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
