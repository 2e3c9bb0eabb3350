# stubs: search.pyi
hits = web_search(query)
best = hits.get("best")  # error: unknown-attribute
