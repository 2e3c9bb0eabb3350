import json
print(json.loads('{"a": {"b": [1, 2, {"c": "d"}]}}')["a"]["b"][2]["c"])
print(json.loads("[]"), json.loads("{}"), json.loads('"x"'), json.loads("null"), json.loads(" true "))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.0"), json.loads("-1.5e-3"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('[1, 2]', parse_int=str), json.loads('{"x": 1.5}', parse_float=lambda s: "F" + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.loads('{"v": 3}', object_hook=lambda d: {k.upper(): v * 2 for k, v in d.items()}))
json.loads('{"a": 1}x')
