from functools import cmp_to_key
def cmp(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["ccc", "a", "bb", "aa", "b", "abc"]
print(sorted(words, key=cmp_to_key(cmp)))
nums = [3, 30, 34, 5, 9]
largest = sorted(map(str, nums), key=cmp_to_key(lambda x, y: (y + x > x + y) - (y + x < x + y)))
print("".join(largest))
