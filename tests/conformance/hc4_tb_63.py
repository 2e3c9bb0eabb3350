x = {"a": [1, 2, {"b": None}]}
value = x["a"][2]["b"]["c"]
