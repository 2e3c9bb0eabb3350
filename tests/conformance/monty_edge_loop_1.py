# === loop else and edge cases ===
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return -1
    return i
assert find([4, 5, 6], 5) == 1 and find([], 1) == -1, 'for else'
n = 0
while n < 3:
    n += 1
else:
    n = -n
assert n == -3, 'while else runs'
for i in range(0):
    pass
else:
    empty_else = True
assert empty_else, 'else on empty'
for i in range(3):
    pass
assert i == 2, 'loop var persists'
result = []
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        result.append((i, j))
result
