import json
json.loads('', foo=1)
