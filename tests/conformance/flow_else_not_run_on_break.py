def search(seq, want):
    for idx, v in enumerate(seq):
        if v == want:
            result = idx
            break
    else:
        result = -1
    return result
print(search("hello", "l"), search("hello", "z"))
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts == 3:
        break
else:
    attempts = 99
print(attempts)
