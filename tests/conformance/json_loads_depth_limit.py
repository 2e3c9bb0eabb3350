import json

try:
    json.loads("[" * 1000000)
except RecursionError:
    print("RecursionError")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg)
try:
    json.loads('{"a":' * 1000000)
except RecursionError:
    print("RecursionError")
