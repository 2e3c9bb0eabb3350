items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
nums = [1, 2, 3]
seen = []
for n in nums:
    seen.append(n)
    if len(nums) < 6:
        nums.append(n * 10)
print(seen, nums)
d = {1: "a", 2: "b"}
for k in d:
    d[k + 10] = "c"
