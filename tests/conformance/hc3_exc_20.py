def check(age):
    assert isinstance(age, int), f"age must be int, got {type(age).__name__}"
    assert age >= 0
    return age
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("assert:", repr(e), e.args)
check("ten")
