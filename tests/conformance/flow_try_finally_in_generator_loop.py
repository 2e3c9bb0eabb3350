def gen():
    for i in range(4):
        try:
            yield i
        finally:
            print("finally", i)
for v in gen():
    print("got", v)
    if v == 1:
        break
print("after break")
g = gen()
print(next(g), next(g))
g.close()
print("closed")
