count = 5
print("Total: " + count)
