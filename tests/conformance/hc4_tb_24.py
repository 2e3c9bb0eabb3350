nums = [1, 2, 3]
it = iter(nums)
while True:
    v = next(it)
    print(v)
