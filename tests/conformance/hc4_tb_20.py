def validate(age):
    assert isinstance(age, int), f"age must be int, got {type(age).__name__}"
    assert age >= 0, "age must be non-negative"
    return age

validate(5)
validate(-1)
