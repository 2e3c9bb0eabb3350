def read(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", tag)

def check(x):
    if x == 2:
        raise ValueError("bad item")
    return x

try:
    print([check(x) for x in read("listcomp")])
except ValueError as e:
    print("caught", e)

try:
    print({x: check(x) for x in read("dictcomp")})
except ValueError as e:
    print("caught", e)

print(sum(x for x in read("sum")))
print(list(read("list")))
print([y for y in (x * 2 for x in read("nested"))])
