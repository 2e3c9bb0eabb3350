# stubs: search.pyi
count = len(web_search(query))
print(count[0])  # error: not-subscriptable
