a = 1
del a
print("deleted")
print(a)
