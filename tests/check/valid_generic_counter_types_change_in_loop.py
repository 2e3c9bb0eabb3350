# stubs: search.pyi
item = 0
for hit in web_search(query):
    print(item + 1)
    item = hit["score"]
print(item)
