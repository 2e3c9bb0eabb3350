nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums, nums.index(8), nums.count(3))
nums.insert(0, 100)
nums.insert(-1, 50)
nums.insert(99, 7)
print(nums)
print(nums.pop(), nums.pop(0), nums)
nums.remove(50)
nums.reverse()
print(nums, nums[::-1], nums.copy() == nums, nums.copy() is nums)
del nums[1:3]
print(nums)
nums.extend(range(2))
nums += "ab"
print(nums)
nums.remove(42)
