def run(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("ValueError group:", repr(eg), [repr(e) for e in eg.exceptions])
    except* (TypeError, KeyError) as eg:
        print("Type/Key group:", repr(eg))
    print("after", type(exc).__name__)
run(ExceptionGroup("mixed", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")]))
run(ValueError("naked"))
run(ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)]))
try:
    run(ExceptionGroup("partial", [ValueError("x"), OSError("unhandled")]))
except ExceptionGroup as eg:
    print("escaped:", repr(eg), eg.message)
try:
    run(OSError("naked unhandled"))
except OSError as e:
    print("escaped naked:", repr(e))
