def check_age(age):
    if not isinstance(age, int):
        raise TypeError("age must be int")
    if age < 0:
        raise ValueError(f"negative age: {age}")
    return age
for a in [5, -1, "x", 3.0]:
    try:
        print(check_age(a))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
check_age(-7)
