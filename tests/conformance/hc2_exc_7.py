# exception args and str/repr forms
excs = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), OSError("disk", "full"),
        IndexError("list index out of range"), StopIteration(5), Exception(None), RuntimeError("")]
for e in excs:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
KeyError("a", "b")
