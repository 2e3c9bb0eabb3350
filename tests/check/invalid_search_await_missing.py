# stubs: search.pyi
page = fetch_page("https://example.com")
print(page["text"][:100])  # error: missing-await
