# stubs: crm.pyi
rows = []
rows.append({"a": 1})
rows.append("text")
lookup = {}
lookup["x"] = 1
lookup[2] = "y"
print(rows, lookup, len(rows) + len(lookup))
pending = set()
pending.add(("a", 1))
