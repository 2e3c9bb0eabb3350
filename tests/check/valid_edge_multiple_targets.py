# stubs: search.pyi
a = b = web_search(query)
x, y = 1, "two"
x, y = y, x
print(len(a), len(b), x, y)
