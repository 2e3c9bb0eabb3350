# stubs: search.pyi
text = (await fetch_page("https://example.com"))["text"]
print(summarize(text, words=50))  # error: unknown-keyword
