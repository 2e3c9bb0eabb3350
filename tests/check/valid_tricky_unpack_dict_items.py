# stubs: search.pyi
ents = extract_entities("text")
for kind, vals in ents.items():
    for v in vals:
        print(kind.lower(), v.upper())
