# swap and rotate via unpacking
a, b, c = "x", "y", "z"
a, b, c = b, c, a
print(a, b, c)
nums = [1, 2, 3, 4]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)
i = 0
i, nums[i] = 2, 99
print(i, nums)
x = y = z = []
x.append(1)
(x, y, z)
