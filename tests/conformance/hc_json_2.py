import json
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.loads("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({1: "int key", None: "n", 2.5: "f"}))
print(json.dumps(float("inf")), json.dumps(10 ** 20), json.loads("1e400"), json.loads("-0"))
print(json.loads('"\\u00e9\\ud83d\\ude00"'))
json.loads('{"a": 1,}')
