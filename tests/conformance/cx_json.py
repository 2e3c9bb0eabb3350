import json
for v in [1j, [1, 2j], {"a": 3 + 4j}, (complex(1, 0),)]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps(1j, default=lambda z: [z.real, z.imag]), json.dumps({"z": 2j}, default=str))
try:
    json.dumps({1j: 1})
except TypeError as e:
    print("TypeError:", e)
json.dumps({"nested": [1, {"x": 2j}]})
