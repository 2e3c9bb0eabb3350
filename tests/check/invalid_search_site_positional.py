# stubs: search.pyi
hits = web_search("moat", 5, "python.org")  # error: call-arg-count
