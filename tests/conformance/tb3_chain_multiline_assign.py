data = {"a": [1, 2]}
result = (
    data
    .get("a")
    .index(5)
)
