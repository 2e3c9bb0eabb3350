# === json options ===
import json
assert json.dumps({'a': 1}, indent=0) == '{\n"a": 1\n}', 'indent 0'
assert json.dumps([], indent=2) == '[]', 'empty indent'
assert json.dumps({'x': [1]}, indent=1, separators=(',', ': ')) == '{\n "x": [\n  1\n ]\n}', 'indent 1'
assert json.dumps({(1, 2): 'x'}, skipkeys=True) == '{}', 'skipkeys'
assert json.dumps(object, default=lambda o: 'obj') == '"obj"', 'default'
assert json.loads('1.5', parse_float=str) == '1.5', 'parse_float'
assert json.loads('7', parse_int=float) == 7.0, 'parse_int'
assert json.loads('{"a": 1}', object_hook=lambda d: list(d)) == ['a'], 'object_hook'
assert json.loads('[{"a": 1}]', object_pairs_hook=lambda p: p) == [[('a', 1)]], 'pairs hook'
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
json.dumps({'a': b'x'})
