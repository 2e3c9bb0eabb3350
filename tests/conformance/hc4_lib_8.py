import json
class Custom:
    pass
json.dumps({"a": [1, Custom()]}, indent=2)
