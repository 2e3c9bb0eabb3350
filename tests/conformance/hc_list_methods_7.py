nums = [4, 2, 7, 1]
result = nums.sort()
print(result, nums)
rev = nums.reverse()
print(rev, nums)
copy = sorted(nums)
print(copy is nums, copy)
nums.extend(range(2))
nums.extend("ab")
print(nums)
nums += "cd"
print(nums)
print(nums.count("a"), nums[::-1].index(7))
nums.insert(-100, "first")
print(nums[0], len(nums))
[x for x in nums if isinstance(x, int)]
