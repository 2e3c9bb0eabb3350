data = {"ключ": 1, "emoji😀": 2}
value = data["ключ"] + data["emoji😀"] + data["缺失"]
