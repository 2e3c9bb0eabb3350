# catching multiple exception types
def parse(v):
    try:
        return [int(v)][0] if not isinstance(v, list) else v[5]
    except (ValueError, TypeError) as e:
        return f"conv:{type(e).__name__}"
    except LookupError as e:
        return f"lookup:{type(e).__name__}"
print([parse(x) for x in ["5", "x", None, [1], 3.9]])
try:
    raise KeyError("a")
except (IndexError, KeyError) as e:
    print("multi", repr(e))
raise KeyError("unhandled")
