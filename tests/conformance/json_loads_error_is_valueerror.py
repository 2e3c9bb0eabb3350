import json

try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), isinstance(e, ValueError))
    print(issubclass(json.JSONDecodeError, ValueError), issubclass(json.JSONDecodeError, Exception))
try:
    json.loads("{")
except Exception as e:
    print(type(e) is json.JSONDecodeError, type(e).__name__)
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__mro__[1:])
