import json
json.loads('[1, x]')
