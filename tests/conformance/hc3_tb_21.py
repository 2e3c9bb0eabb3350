x = {"a": {"b": None}}
x["a"]["b"]["c"]
