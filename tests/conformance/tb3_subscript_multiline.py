d = {"k": 1}
v = d[
    "missing"
]
