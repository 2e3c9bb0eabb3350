# stubs: search.pyi
title = web_search(query)[0]["title"]
print(-title)  # error: operator-type
