import json
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.lineno, e.colno)
try:
    json.loads('[1, 2,]')
except ValueError as e:
    print("value error:", e)
print(json.loads('"\\u00e9\\n"'))
print(json.dumps("é\n", ensure_ascii=False))
print(json.dumps("é\n"))
print(json.loads("1e3"), json.loads("-0"), json.loads("12345678901234567890"))
