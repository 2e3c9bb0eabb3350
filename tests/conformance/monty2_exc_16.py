# BaseException subclasses are not caught by except Exception
class Abort(BaseException):
    pass

def run():
    try:
        raise Abort("stop")
    except Exception:
        return "caught as Exception"
    except BaseException as e:
        return f"caught as BaseException {e}"

assert run() == "caught as BaseException stop"
assert not issubclass(Abort, Exception)
print(run())
try:
    raise Abort("x")
except Exception:
    print("no")
