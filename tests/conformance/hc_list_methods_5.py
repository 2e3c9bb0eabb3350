lst = [1, 2, 3]
print(lst.index(2))
lst.index(42)
