import json
json.dumps({1}, sort_keys=True)
