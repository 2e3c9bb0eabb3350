def outer():
    items = []
    def add(x):
        items.append(x)
    def clear():
        nonlocal items
        items = []
    def get():
        return items
    return add, clear, get

add, clear, get = outer()
add(1); add(2)
old = get()
clear()
add(3)
assert old == [1, 2]
assert get() == [3]
print(old, get())
