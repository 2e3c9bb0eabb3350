def fact(n):
    return n * fact(n - 1)
fact(5)
