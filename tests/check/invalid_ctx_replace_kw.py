# stubs: search.pyi
text = summarize("abc")
print(text.replace(old="a", new="b"))  # error: unknown-keyword
