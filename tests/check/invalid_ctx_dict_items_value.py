# stubs: search.pyi
ents = extract_entities("text")
for kind, names in ents.items():
    print(kind, names.upper())  # error: unknown-attribute
