def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i

assert find([1, 2, 3], 2) == 1
assert find([], 1) == -1
n = 0
while n < 3:
    n += 1
else:
    print("while finished", n)
while True:
    break
else:
    print("never")
[find("abc", c) for c in "cz"]
