# json parsing of numbers and object_hook-free processing
import json
text = '[{"id": 1, "price": "9.99", "qty": 3}, {"id": 2, "price": "0.5", "qty": 10}, {"id": 3, "price": "x", "qty": 1}]'
orders = json.loads(text)
total = 0.0
for o in orders:
    try:
        total += float(o["price"]) * o["qty"]
    except ValueError:
        print("bad price in order", o["id"])
print(round(total, 2), json.dumps({"total": round(total, 2)}))
print(json.loads("12345678901234567890"), json.loads("1.0"), json.loads("-0"), json.loads("1E2"))
json.loads('[1, 2]')[2]
