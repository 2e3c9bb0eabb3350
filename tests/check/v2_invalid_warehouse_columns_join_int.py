# stubs: warehouse.pyi
res = run_query("select a, b from t")
print(" | ".join(res["columns"]))
print(res["row_count"] + " rows")  # error: operator-type
