total = 0
def add(n):
    global total
    total += n
    return total
add(5); add(7)
print(total)
def broken():
    print(total)
    total = 1
broken()
