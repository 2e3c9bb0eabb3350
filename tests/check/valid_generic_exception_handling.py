# stubs: files.pyi
import json

try:
    data = json.loads(read_file("bad.json"))
except json.JSONDecodeError as err:
    print("bad json at", err.lineno, err.msg)
    data = {}
except (KeyError, ValueError):
    data = {}
finally:
    print("done")
print(type(data).__name__)
