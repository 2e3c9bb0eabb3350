import json
raw = '{"items": [1, 2, 3]}'
if (data := json.loads(raw)) and (items := data.get("items")):
    print(len(items), sum(items))
values = [3, 8, 1, 9]
if any((big := v) > 7 for v in values):
    print("first big", big)
print([(x, sq) for x in range(5) if (sq := x * x) > 4])
n = 10
while (n := n - 3) > 0:
    print("n", n)
n
