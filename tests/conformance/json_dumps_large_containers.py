import json

big = {str(i): list(range(i % 5)) for i in range(2000)}
s = json.dumps(big, sort_keys=True)
print(len(s), s[:60])
s = json.dumps(big, indent=1)
print(len(s), s.count("\n"))
print(json.loads(s) == big)
