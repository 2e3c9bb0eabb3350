# stubs: search.pyi
tries = 0
while tries < 3:
    hits = web_search(query)
    if hits:
        break
    tries += 1
else:
    hits = []
print(len(hits))
