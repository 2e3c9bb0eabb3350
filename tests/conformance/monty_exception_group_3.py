# === uncaught ExceptionGroup ===
def validate(values):
    errors = []
    for v in values:
        if not isinstance(v, int):
            errors.append(TypeError(f'{v!r} is not an int'))
        elif v < 0:
            errors.append(ValueError(f'{v} is negative'))
    if errors:
        raise ExceptionGroup('invalid values', errors)
validate([1, 2])
validate([1, 'a', -3])
