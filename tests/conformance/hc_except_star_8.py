def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError(1), ValueError(2)])
    except* ValueError as eg:
        yield len(eg.exceptions)
print(list(gen()))
count = 0
for i in range(3):
    try:
        try:
            raise ExceptionGroup("loop", [KeyError(i)])
        except* KeyError as eg:
            count += 1
            raise ValueError(f"converted {i}")
    except ValueError as e:
        print(e, type(e.__context__).__name__)
print(count)
try:
    try:
        raise ExceptionGroup("deep", [ExceptionGroup("mid", [OSError("x"), ValueError("y")])])
    except* OSError as eg:
        print("os:", repr(eg))
except* ValueError as eg:
    print("outer got:", repr(eg))
try:
    raise ExceptionGroup("e", [ValueError(0)])
except* ValueError as eg:
    pass
try:
    eg
except NameError as e:
    print(e)
