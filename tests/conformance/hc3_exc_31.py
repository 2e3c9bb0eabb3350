def process(items):
    results, errors = [], []
    for i, item in enumerate(items):
        try:
            if not isinstance(item, dict):
                raise TypeError(f"item {i} is {type(item).__name__}")
            results.append(item["value"] * 2)
        except KeyError as e:
            errors.append(f"item {i}: missing {e}")
        except TypeError as e:
            errors.append(str(e))
    if errors:
        raise ValueError("; ".join(errors))
    return results
print(process([{"value": 1}, {"value": 2.5}]))
process([{"value": 1}, {}, "x", {"v": 0}])
