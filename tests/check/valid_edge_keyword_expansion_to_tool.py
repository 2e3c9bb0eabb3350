# stubs: search.pyi
params = {"max_results": 3}
hits = web_search("moat", **params)
summary = summarize(**{"text": "abc", "max_words": 5})
print(hits, summary)
