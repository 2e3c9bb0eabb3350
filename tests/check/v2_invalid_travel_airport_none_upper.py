# stubs: travel.pyi
code = airport_code("Paris")
print(code.upper())  # error: possibly-none
