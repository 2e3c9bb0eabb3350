def check(x):
    assert x > 0
    return x
print(check(5))
check(-1)
