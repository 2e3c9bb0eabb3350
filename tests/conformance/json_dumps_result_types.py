import json

s = json.dumps({"a": 1})
print(type(s).__name__, s.startswith("{"), s.encode("utf-8"))
print(json.dumps("\u00e9", ensure_ascii=False).encode("utf-8"))
print(json.loads(json.dumps("\ud800")) == "\ud800")
