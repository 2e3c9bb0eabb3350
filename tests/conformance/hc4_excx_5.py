for exc_type in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        try:
            raise exc_type("x")
        except Exception:
            print("Exception caught", exc_type.__name__)
    except BaseException as b:
        print("BaseException caught", type(b).__name__)
errors = (KeyError, IndexError)
try:
    [][1]
except errors as e:
    print("tuple var", type(e).__name__)
try:
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print(e)
