def describe(obj):
    match obj:
        case []:
            return "empty list"
        case [single]:
            return f"one: {single}"
        case [first, second]:
            return f"two: {first}, {second}"
        case [first, *_, last]:
            return f"many: {first}..{last}"
        case {"name": str(name), "age": int(age)} if age >= 18:
            return f"adult {name}"
        case {"name": str(name)}:
            return f"person {name}"
        case bool(b):
            return f"bool {b}"
        case int(i) | float(i):
            return f"num {i}"
        case str() as s if len(s) > 3:
            return "long str"
        case _:
            return "unknown"
for o in [[], [1], [1, 2], [1, 2, 3, 4], {"name": "a", "age": 20}, {"name": "b", "age": 5}, True, 3, 2.5, "hello", "hi", None]:
    print(describe(o))
