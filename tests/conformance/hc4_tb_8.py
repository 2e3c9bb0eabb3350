def load():
    return None

result = load()
name = result.get("name")
