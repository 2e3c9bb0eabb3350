# while/else and for/else
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return None
    return d
print([find_prime_factor(n) for n in (9, 13, 15, 2)])
i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
while True:
    break
else:
    print("never")
i
