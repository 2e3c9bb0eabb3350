data = {"a": 1, "b": 2}
print(f"value: {data['c']}")
