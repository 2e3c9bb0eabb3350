stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        top = stack.pop()
        assert "([{".index(top) == ")]}".index(ch)
print("balanced", stack == [])
queue = [1, 2, 3]
queue.append(queue.pop(0))
print(queue)
nums = [5, 3, 8]
nums[len(nums):] = [1]
print(nums, nums[-1], nums[-len(nums)])
print(sum([[1], [2, 3]], []))
lst = list(range(5))
del lst[-1]
del lst[:2]
lst
