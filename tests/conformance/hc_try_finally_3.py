def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
        return "done"
    finally:
        print("outer finally")
print(nested())
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(swallow())
