def process(items):
    return sum(
        item["value"]
        for item in items
    )
process([{"value": 1}, {"val": 2}])
