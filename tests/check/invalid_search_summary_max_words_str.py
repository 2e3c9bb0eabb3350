# stubs: search.pyi
page = await fetch_page("https://example.com")
print(summarize(page["text"], max_words="100"))  # error: arg-type
