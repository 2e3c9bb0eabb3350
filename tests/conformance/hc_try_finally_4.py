def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n == 3:
                print("finally at", n)
print(counter())
try:
    try:
        1 / 0
    finally:
        print("cleanup before propagate")
except ZeroDivisionError as e:
    print("got", e)
x = 0
try:
    x = 1
finally:
    x += 10
x
