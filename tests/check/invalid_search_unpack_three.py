# stubs: search.pyi
for hit in web_search(query):
    title, url, score = hit["title"], hit["url"]  # error: unpack-count
    print(title, url, score)
