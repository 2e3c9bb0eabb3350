# stubs: search.pyi
lines = ["# Research report", ""]
for i, hit in enumerate(web_search(query, max_results=5), 1):
    page = await fetch_page(hit["url"])
    summary = summarize(page["text"], max_words=60)
    lines.append(f"{i}. [{hit['title']}]({hit['url']}) (score {hit['score']:.2f})")
    lines.append(f"   {summary}")
    people = extract_entities(page["text"]).get("PERSON", [])
    if people:
        lines.append("   People: " + ", ".join(people[:5]))
report = "\n".join(lines)
print(report)
