n = 0
skipped = []
while n < 6:
    n += 1
    if n % 3 == 0:
        skipped.append(n)
        continue
else:
    print("loop finished normally, n =", n)
print(skipped)
attempts = [False, False, True]
i = 0
while i < len(attempts):
    if attempts[i]:
        print("success on attempt", i + 1)
        break
    i += 1
else:
    print("all attempts failed")
