data = {"b": 2, "a": 1, "c": 3}
print(sorted(data))
print(sorted(data, key=data.get, reverse=True))
print(dict(sorted(data.items(), key=lambda kv: kv[1], reverse=True)))
inv = {v: k for k, v in data.items()}
print(inv)
keys = list(data.keys())
keys.reverse()
print(keys)
print(list(reversed(data)))
print(list(data.values()), list(data.items())[0])
dict.fromkeys("xyz", 0)
