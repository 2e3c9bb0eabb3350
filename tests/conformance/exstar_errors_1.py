try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError(1)
    except* 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("naked")
except* TypeError:
    print("no")
