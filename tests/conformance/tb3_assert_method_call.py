name = "report.csv"
assert name.endswith(".json"), f"bad extension: {name}"
