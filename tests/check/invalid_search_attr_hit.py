# stubs: search.pyi
hits = web_search(query)
for h in hits:
    print(h.url)  # error: unknown-attribute
