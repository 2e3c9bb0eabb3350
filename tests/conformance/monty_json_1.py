# === json dumps ===
import json
assert json.dumps({'a': 1, 'b': [1, 2]}) == '{"a": 1, "b": [1, 2]}', 'basic'
assert json.dumps([None, True, False]) == '[null, true, false]', 'literals'
assert json.dumps('é') == '"\\u00e9"', 'ascii default'
assert json.dumps('é', ensure_ascii=False) == '"é"', 'no ascii'
assert json.dumps({'b': 1, 'a': 2}, sort_keys=True) == '{"a": 2, "b": 1}', 'sort keys'
assert json.dumps([1, 2], separators=(',', ':')) == '[1,2]', 'compact'
assert json.dumps({1: 'x', 2.5: 'y', True: 'z', None: 'n'}) == '{"1": "x", "2.5": "y", "true": "z", "null": "n"}', 'key coercion'
assert json.dumps(1.0) == '1.0' and json.dumps(1e100) == '1e+100', 'floats'
assert json.dumps(float('inf')) == 'Infinity', 'inf'
assert json.dumps((1, 2)) == '[1, 2]', 'tuple'
assert json.dumps('a"b\\c\n') == '"a\\"b\\\\c\\n"', 'escapes'
print(json.dumps({'a': [1, {'b': None}]}, indent=2))
json.dumps({'k': {1, 2}})
