def countdown(n):
    if n == -1:
        return 0
    return 1 + countdown(n - 1)
print(countdown(10))
print(countdown(-5))
