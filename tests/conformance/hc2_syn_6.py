# return outside function and unbalanced brackets
items = [1, 2, 3
print(items)
