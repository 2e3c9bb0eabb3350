data = {"a": [1, 2, {"b": None}]}
value = data["a"][2]["b"]["c"]
