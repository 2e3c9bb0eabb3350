# === generators hash by identity ===
gens = [(x for x in []), (y for y in [])]
seen = {g: i for i, g in enumerate(gens)}
print(len(seen), seen[gens[1]])
def g():
    yield 1
it = g()
it in {it}
