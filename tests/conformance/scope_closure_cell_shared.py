def make_pair():
    shared = []
    def put(v):
        shared.append(v)
    def get():
        return list(shared)
    return put, get
put, get = make_pair()
put(1); put(2)
put2, get2 = make_pair()
put2("other")
print(get(), get2())
def loop_closures():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [fn() for fn in fns]
loop_closures()
