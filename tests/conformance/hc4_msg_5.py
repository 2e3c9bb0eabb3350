try:
    json = __import__("json")
    print(json.dumps([1]))
    __import__("nonexistent_mod_xyz")
except ImportError as e:
    print(type(e).__name__, e, e.name)
