# f-string with an invalid expression
name = "x"
print(f"{name!}")
