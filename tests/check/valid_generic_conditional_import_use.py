# stubs: search.pyi
import json as j
text = j.dumps([h["url"] for h in web_search(query)], sort_keys=True)
print(text[:80])
