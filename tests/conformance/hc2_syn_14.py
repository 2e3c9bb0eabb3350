# a name near a keyword where a comma is missing: 3.14 suggests the keyword
print(len("abc") items[0], 2)
