import json
from typing import Any

def validate(schema: dict, data: Any, path: str = "$") -> list[str]:
    errors = []
    t = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "number": (int, float), "boolean": bool}
    if t and not isinstance(data, types[t]) or (t == "number" and isinstance(data, bool)):
        return [f"{path}: expected {t}, got {type(data).__name__}"]
    if t == "object":
        for req in schema.get("required", []):
            if req not in data:
                errors.append(f"{path}: missing {req!r}")
        for k, sub in schema.get("properties", {}).items():
            if k in data:
                errors.extend(validate(sub, data[k], f"{path}.{k}"))
    elif t == "array":
        for i, item in enumerate(data):
            errors.extend(validate(schema.get("items", {}), item, f"{path}[{i}]"))
    return errors

schema = {"type": "object", "required": ["name", "tags"],
          "properties": {"name": {"type": "string"}, "age": {"type": "number"},
                         "tags": {"type": "array", "items": {"type": "string"}}}}
for doc in ['{"name": "x", "tags": ["a"]}', '{"name": 5, "age": true, "tags": ["a", 1]}', '{"age": 3}']:
    print(validate(schema, json.loads(doc)))
validate(schema, json.loads('{"name": "x", "tags": "notalist"}'))
