import json
def load(s):
    try:
        return json.loads(s)
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid config at pos {e.pos}") from e
print(load('{"a": 1}'))
load('{"a": }')
