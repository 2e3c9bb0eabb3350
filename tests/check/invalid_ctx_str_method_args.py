# stubs: search.pyi
title = web_search(query)[0]["title"]
print(title.split(",", 1, 2))  # error: call-arg-count
