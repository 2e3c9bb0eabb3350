import json
payload = {"when": object()}
json.dumps(payload)
