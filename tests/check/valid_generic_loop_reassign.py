# stubs: search.pyi
acc = None
for hit in web_search(query):
    if acc is None:
        acc = hit["title"]
    else:
        acc = acc + " | " + hit["title"]
print(acc)
