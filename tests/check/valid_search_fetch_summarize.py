# stubs: search.pyi
import asyncio

hits = web_search("python async tutorial", site="docs.python.org")
pages = await asyncio.gather(*(fetch_page(h["url"]) for h in hits[:3]))
summaries = []
for page in pages:
    if page["status"] != 200:
        continue
    summaries.append(summarize(page["text"], max_words=50))
print("\n\n".join(summaries))
