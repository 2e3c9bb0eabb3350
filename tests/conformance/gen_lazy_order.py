def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
    print("exhausted")
g = noisy(3)
print("created")
for v in g:
    print("consumed", v)
    if v == 1:
        print("pause")
print("after loop")
gen = (print("eval", x) or x * 2 for x in range(2))
print("genexp created")
print(list(gen))
