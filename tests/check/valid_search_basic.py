# stubs: search.pyi
hits = web_search(query, max_results=5)
for hit in hits:
    print(f"{hit['score']:.2f} {hit['title']} <{hit['url']}>")
