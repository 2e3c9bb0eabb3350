# stubs: search.pyi
expr = "1 + 2"
print(eval(expr))  # error: undefined-name
