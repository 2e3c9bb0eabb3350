# json dumps with indent string and separators
import json
d = {"k": [1, {"a": None}], "e": []}
print(json.dumps(d, indent="\t"))
print(json.dumps(d, indent=0))
print(json.dumps(d, separators=(", ", ": "), sort_keys=True))
print(json.dumps("\u2603 snow", ensure_ascii=True), json.dumps("😀"))
json.dumps(d, indent=2, separators=(",", " = "))
