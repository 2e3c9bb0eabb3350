def find_pair(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(find_pair([2, 7, 11, 15], 9))
print(find_pair([3, 2, 4], 6))
print(find_pair([1, 2], 10))
def validate(s):
    if not s:
        return "empty"
    if not s[0].isalpha():
        return "bad start"
    for ch in s:
        if not (ch.isalnum() or ch == "_"):
            return "bad char " + repr(ch)
    return "ok"
for s in ["", "1abc", "ab-c", "good_name2"]:
    print(repr(s), validate(s))
