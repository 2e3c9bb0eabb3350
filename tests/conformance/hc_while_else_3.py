attempts = 0
while attempts < 5:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
        break
    except ConnectionError as e:
        print("attempt", attempts, e)
        continue
else:
    print("gave up")
print("succeeded after", attempts)
outer_done = False
for i in range(3):
    for j in range(3):
        if i * j == 2:
            outer_done = True
            break
    if outer_done:
        break
print(i, j)
