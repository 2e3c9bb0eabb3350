z = 0j
print("before")
w = z ** -1
