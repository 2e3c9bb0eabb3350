try:
    try:
        raise TypeError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise TypeError("x")
    except* 42:
        pass
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError as eg:
    print(eg.message, len(eg.exceptions), eg.exceptions)
except* Exception as eg:
    print("not reached", eg)
