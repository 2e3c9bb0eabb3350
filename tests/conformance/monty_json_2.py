# === json loads ===
import json
d = json.loads('{"name": "x", "vals": [1, 2.5, -3e2], "ok": true, "none": null}')
assert d == {'name': 'x', 'vals': [1, 2.5, -300.0], 'ok': True, 'none': None}, d
assert type(d['vals'][0]) is int and type(d['vals'][2]) is float, 'number types'
assert json.loads('"\\u00e9\\n"') == 'é\n', 'escapes'
assert json.loads('  [ ]  ') == [], 'whitespace'
assert json.loads('NaN') != json.loads('NaN'), 'NaN'
assert json.loads('{"a": 1, "a": 2}') == {'a': 2}, 'duplicate keys'
assert json.loads(b'[1]') == [1], 'bytes input'
assert json.loads('123456789012345678901234567890') == 123456789012345678901234567890, 'bigint'
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e)
    print(e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads('[1, 2,]')
except ValueError as e:
    print(type(e).__name__, e)
json.loads('')
