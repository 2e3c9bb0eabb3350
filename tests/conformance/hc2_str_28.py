# casefold, comparisons and sorting with key
names = ["Émile", "eve", "Bob", "alice", "Zoë", "bob"]
print(sorted(names), sorted(names, key=str.casefold), sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len, reverse=True))
print([n for n in names if n.casefold().startswith("b")])
"STRASSE".casefold() == "straße".casefold()
