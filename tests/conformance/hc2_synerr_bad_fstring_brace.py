# syntax error: bad fstring brace
name = "x"
print(f"{name")
