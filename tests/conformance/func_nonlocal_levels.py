def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = x + "c"
            return x
        r = c()
        return r + "|" + x
    return b(), x
print(a())
def accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items
add, items = accumulator()
add(1); add(2)
(add(3), items)
