import json
json.loads('\ufeff[]')
