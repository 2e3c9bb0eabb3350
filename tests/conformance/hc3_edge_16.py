lst = [1, 2, 3, 4, 5, 6]
lst[1:3] = []
print(lst)
lst[len(lst):] = [7, 8]
print(lst)
lst[::-2] = ["a", "b", "c"]
print(lst)
del lst[::3]
print(lst)
lst[0:0] = "xy"
print(lst)
lst[-1:] = range(2)
print(lst, lst[-100:100], lst[::-3])
t = tuple(lst)
print(t[1:4], t[::-1][:2], t[5:1:-2])
