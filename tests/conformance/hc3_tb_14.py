def fact(n):
    if n < 0:
        raise ValueError("negative")
    return 1 if n == 0 else n * fact(n - 1)
print(fact(5))
def call_all():
    for n in [3, -1]:
        print(fact(n))
call_all()
