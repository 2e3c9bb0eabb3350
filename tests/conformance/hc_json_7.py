import json
for s in ['"unterminated', '[1, 2', '{"a" 1}', 'tru', '[1,]', '{"a": 1} x', 'NaN', '01']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\\n\\t\\"\\\\"'), json.loads("[]"), json.loads("{}"), json.loads(" null "))
