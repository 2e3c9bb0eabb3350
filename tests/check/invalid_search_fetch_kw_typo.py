# stubs: search.pyi
for hit in web_search(query):
    page = await fetch_page(hit["url"], timeout_s=5)  # error: unknown-keyword
