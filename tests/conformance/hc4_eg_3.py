def collect():
    try:
        raise ExceptionGroup("io", [OSError("read"), TimeoutError("slow")])
    except* TimeoutError:
        print("retry later")

try:
    collect()
except ExceptionGroup as eg:
    print(eg, eg.exceptions)
    print(isinstance(eg.exceptions[0], OSError), type(eg.exceptions[0]).__name__)
eg = ExceptionGroup("x", [ValueError(1)])
print(eg.derive([TypeError(2)]), BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__.__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("bad", [1])
except (TypeError, ValueError) as e:
    print(e)
