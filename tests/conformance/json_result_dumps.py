import json

json.dumps({"a": [1, 2.5, None, "\u00e9"]}, indent=2)
