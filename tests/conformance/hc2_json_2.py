# json loads and round trip
import json
s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\n"}, "d": ""}'
obj = json.loads(s)
print(obj, type(obj["a"][1]).__name__, type(obj["a"][2]).__name__)
print(json.loads(json.dumps(obj)) == obj, json.loads("3"), json.loads('"x"'), json.loads("[]"), json.loads(" null "))
print(json.dumps({1: "int key", True: "bool", None: "n", 2.5: "f"}))
print(json.loads('{"a": 1, "a": 2}'))
json.loads("{'single': 1}")
