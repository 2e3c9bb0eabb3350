# stubs: search.pyi
nums = [3, 1, 2]
nums.append(5)
nums.extend([7, 8])
nums.insert(0, 9)
nums.remove(1)
last = nums.pop()
nums.sort()
both = nums + [last]
print(both, nums * 2, len(nums), nums.index(9), nums.count(2))
