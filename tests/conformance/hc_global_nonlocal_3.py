total = 0
def add_all(items):
    global total
    for i in items:
        total += i
    return total
add_all([1, 2, 3])
add_all(range(4))
total
