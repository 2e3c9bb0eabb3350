# stubs: search.pyi
hits = None
for h in hits:  # error: not-iterable
    print(h)
