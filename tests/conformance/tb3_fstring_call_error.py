items = {"a": 1}
msg = f"first: {items['b']}"
