# === json round trips ===
import json
samples = [0, -1, 3.14, 'text', '', [], {}, [1, [2, [3]]], {'x': {'y': {'z': []}}}, 'tab\there', '\u2603', 10 ** 20]
for s in samples:
    assert json.loads(json.dumps(s)) == s, s
tricky = {'list': (1, 2)}
assert json.loads(json.dumps(tricky)) == {'list': [1, 2]}, 'tuple becomes list'
keys = {1: 'a'}
assert json.loads(json.dumps(keys)) == {'1': 'a'}, 'int keys become str'
json.dumps(json.loads('{"a": [1, 2, {"b": "c"}]}'), indent='\t')
