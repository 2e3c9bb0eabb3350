import json

items = [{"id": i, "name": "item%d" % i, "vals": [i, i * 0.5, None, True]} for i in range(3000)]
text = json.dumps(items)
print(len(text))
back = json.loads(text)
print(len(back), back[2345], back == items)
pretty = json.dumps(items[:2], indent=2, sort_keys=True)
print(pretty)
