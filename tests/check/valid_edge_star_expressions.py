# stubs: search.pyi
first, second, *rest = [h["title"] for h in web_search(query)] or ["", ""]
combined = [*rest, first, second]
opts = {**{"a": 1}, "b": 2}
print(combined, opts)
