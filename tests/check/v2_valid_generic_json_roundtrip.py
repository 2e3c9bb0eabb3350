# stubs: orders.pyi
import json

payload = {"ids": ["A", "B"], "limit": 3, "nested": {"ok": True}}
text = json.dumps(payload, indent=2, sort_keys=True)
back = json.loads(text)
print(back["ids"], back["nested"]["ok"], len(text.splitlines()))
