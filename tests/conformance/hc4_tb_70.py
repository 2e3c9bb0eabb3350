import json
text = '{"name": "x", "size": 10'
try:
    json.loads(text)
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)
json.loads("[1, 2")
