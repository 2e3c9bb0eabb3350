# stubs: search.pyi
import json
data = json.loads('{"items": [1, 2]}')
for item in data["items"]:
    print(item + 1)
print(data.get("missing"), data.anything)
