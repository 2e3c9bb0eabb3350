# stubs: search.pyi
vectors = embed("hello world")  # error: arg-type
