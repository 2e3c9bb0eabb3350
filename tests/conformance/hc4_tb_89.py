def process(items):
    return sorted(items, key=lambda item: item["rank"])

process([{"rank": 2}, {"rank": 1}])
process([{"rank": 2}, {"name": "x"}])
