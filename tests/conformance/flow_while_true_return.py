def first_square_over(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n
print(first_square_over(50))
def countdown(n):
    out = []
    while n:
        out.append(n)
        n -= 1
    return out
print(countdown(5))
