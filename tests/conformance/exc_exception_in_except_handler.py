def handle(data):
    try:
        return data["value"]
    except KeyError:
        print("missing value, computing")
        return 100 / data["count"]
print(handle({"value": 1}))
print(handle({"count": 4}))
handle({"count": 0})
