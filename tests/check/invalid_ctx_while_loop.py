# stubs: search.pyi
page = 0
while page < 3:
    hits = web_search(query, page)
    for h in hits:
        print(h["title"], h["rank"])  # error: unknown-key
    page += 1
