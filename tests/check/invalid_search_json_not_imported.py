# stubs: search.pyi
hits = web_search(query)
print(json.dumps([h["url"] for h in hits]))  # error: undefined-name
