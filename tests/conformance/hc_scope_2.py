def outer():
    items = []
    def add(v):
        items.append(v)
    add(1); add(2)
    return items
print(outer())
if True:
    block_var = "visible"
print(block_var)
for loop_var in range(2):
    inner_var = loop_var * 10
print(loop_var, inner_var)
try:
    raise ValueError("x")
except ValueError as err:
    saved = err
print(repr(saved))
err
