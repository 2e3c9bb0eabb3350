# stubs: search.pyi
text = summarize("long text", 20)
print(text[::-1], text[1:5], text[-3:])
hits = web_search(query)
print(hits[::2], hits[-1]["url"] if hits else "")
