# unary minus on a str
print(-True, ~5, +3.5)
items = ["a"]
print(-len(items))
x = -items[0]
