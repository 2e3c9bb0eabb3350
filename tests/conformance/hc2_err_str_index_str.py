# uncaught error: str index str
record = "id=5"
print(record["id"])
