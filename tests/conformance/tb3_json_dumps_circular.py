import json
a = []
a.append(a)
json.dumps(a)
