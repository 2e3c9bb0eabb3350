data = {"a": 1, "b": 2}
value = (
    data["a"]
    + data["c"]
)
