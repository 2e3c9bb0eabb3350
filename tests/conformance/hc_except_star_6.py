def validate(items):
    errors = []
    for i, v in enumerate(items):
        if not isinstance(v, int):
            errors.append(TypeError(f"item {i}: {v!r} is not an int"))
        elif v < 0:
            errors.append(ValueError(f"item {i}: {v} is negative"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(items)
for batch in ([1, 2], [1, -2, "x", -4], ["a"]):
    try:
        print("total", validate(batch))
    except* ValueError as eg:
        print("negatives:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("wrong types:", len(eg.exceptions), eg.message)
def handle_some():
    try:
        validate([-1, "y"])
    except* ValueError:
        print("fixed the negatives")
    return "unreached"
try:
    handle_some()
except ExceptionGroup as eg:
    print("left over:", repr(eg))
handle_some()
