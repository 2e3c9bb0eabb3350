def factorial(n):
    return n * factorial(n - 1)

factorial(5)
