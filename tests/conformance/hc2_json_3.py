# json decode errors
import json
bad = ['{"a": 1,}', "[1, 2", "", "nul", '{"a" 1}', "[1] x", '"unterminated']
for b in bad:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), "->", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
json.loads("{\n  \"a\": tru\n}")
