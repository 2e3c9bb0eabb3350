s = "abcdefghij"
print(s[2:5], s[:3], s[-3:], s[::2], s[1::3], s[::-1], s[-2:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
print(s[slice(1, 8, 2)], slice(1, 8, 2).indices(len(s)))
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
del lst[1::2]
print(lst)
lst[:0] = [9, 9]
lst
