def f():
    raise ExceptionGroup("nested", [
        ValueError("one"),
        ExceptionGroup("inner", [TypeError("two"), KeyError("three")]),
    ])

f()
