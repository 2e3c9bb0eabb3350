import json
records = [{"id": i, "val": i * 1.5, "name": f"item{i}"} for i in range(3)]
text = json.dumps(records)
parsed = json.loads(text)
print(sum(r["val"] for r in parsed), [r["name"] for r in parsed])
print(json.dumps("quote\"back\\slash\ttab"))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({}, indent=2))
print(json.loads("  [ 1 , 2 ] "), json.loads('"str"'), json.loads("3.0"), type(json.loads("3")).__name__)
json.loads('{"z": 1, "a": 2}')
