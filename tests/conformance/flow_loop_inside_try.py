def process(items):
    done = []
    try:
        for x in items:
            done.append(10 // x)
    except ZeroDivisionError:
        done.append("div0")
    else:
        done.append("all ok")
    return done
print(process([1, 2, 5]))
print(process([1, 0, 5]))
total = 0
try:
    i = 0
    while True:
        total += [1, 2, 3][i]
        i += 1
except IndexError:
    print("stopped at", i, "total", total)
