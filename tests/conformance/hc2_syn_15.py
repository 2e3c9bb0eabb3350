# a missing comma between a call and a subscript inside a call
print(len("abc") values[0], 2)
