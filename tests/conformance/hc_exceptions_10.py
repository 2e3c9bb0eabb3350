class Resource:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
r = Resource()
try:
    try:
        raise OSError("disk")
    except OSError as e:
        print(type(e).__name__, e)
        raise
    finally:
        r.close()
except Exception as e:
    print("outer", type(e).__name__, r.closed)
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as e:
    print("base", e)
