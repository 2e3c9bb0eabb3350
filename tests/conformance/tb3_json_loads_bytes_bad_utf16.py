import json
json.loads(b'\xff\xfe\x00')
