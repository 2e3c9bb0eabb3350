import json

print(json.JSONDecodeError)
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__qualname__, json.JSONDecodeError.__module__)
print(json.JSONDecodeError.__mro__)
