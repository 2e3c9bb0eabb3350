def show(a, b=2, *args, c, d=4, **kw):
    print("a=%r b=%r args=%r c=%r d=%r kw=%r" % (a, b, args, c, d, kw))
show(1, c=3)
show(1, 2, 3, 4, c=5)
show(c=0, a=9)
show(1, d=0, c=1, z=26, y=25)
show(*[1, 2, 3], **{"c": "C", "extra": True})
def only_kw(**kw):
    print(list(kw))
only_kw(z=1, a=2, m=3)
only_kw(**{"b": 1}, **{"a": 2})
