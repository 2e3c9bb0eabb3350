def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

def process(items):
    errors = []
    for i in items:
        try:
            check(i)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    process([1, -2, 3, -4])
except ExceptionGroup as eg:
    print(len(eg.exceptions), eg)
process([-1])
