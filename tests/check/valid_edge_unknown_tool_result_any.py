# stubs: search.pyi
r = lookup("k")
r.items.append(1)
r()
await r
for x in r:
    print(x)
print(r["k"] + 1, -r, len(r))
