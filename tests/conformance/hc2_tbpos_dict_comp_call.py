# traceback position: dict comp call
words = ["a", None]
lengths = {w: len(w) for w in words}
