data = {"b": 2, "a": 1, "c": 3}
sorted_items = sorted(data.items(), key=lambda kv: kv[1], reverse=True)
top_two = dict(sorted_items[:2])
top_two
