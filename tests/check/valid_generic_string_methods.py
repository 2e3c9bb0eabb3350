# stubs: search.pyi
title = "  Hello World  "
clean = title.strip().lower().replace("world", "moat")
parts = clean.split()
print("-".join(parts), clean.startswith("hello"), clean.count("o"))
print("{} and {}".format(1, 2), "%s=%d" % ("x", 3))
