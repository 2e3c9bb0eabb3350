def make_counter():
    count = 0
    step = 2
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
c(); c()
print(len(c.__closure__), sorted(cell.cell_contents for cell in c.__closure__))
print(type(c.__closure__).__name__, type(c.__closure__[0]).__name__)
def plain(x):
    return x
print(plain.__closure__, (lambda: 0).__closure__)
def outer():
    a = [1]
    return lambda: a
f = outer()
f.__closure__[0].cell_contents.append(2)
print(f())
def late():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "bound"
    return cell.cell_contents
print(late())
c.__closure__[0].nothing
