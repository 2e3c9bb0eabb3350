def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers closed at", n)

def first_over(limit):
    for n in numbers():
        if n > limit:
            return n
print(first_over(3))

def collect():
    out = []
    for n in numbers():
        out.append(n)
        if len(out) == 2:
            break
    else:
        print("never")
    return out
print(collect())

def with_try():
    try:
        for n in numbers():
            if n == 1:
                return "early"
    finally:
        print("with_try finally")
print(with_try())
