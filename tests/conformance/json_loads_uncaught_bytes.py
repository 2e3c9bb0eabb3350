import json
json.loads(b"[1, 2] x")
