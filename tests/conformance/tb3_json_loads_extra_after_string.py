import json
json.loads('"\ud800"x')
