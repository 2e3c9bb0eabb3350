# stubs: search.pyi
page = await fetch_page("https://example.com/news", timeout=5)
entities = extract_entities(page["text"])
for kind, names in entities.items():
    print(kind, len(names), ", ".join(sorted(set(names))[:3]))
people = entities.get("PERSON") or []
print(people)
