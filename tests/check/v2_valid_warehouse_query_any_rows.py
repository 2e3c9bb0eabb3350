# stubs: warehouse.pyi
res = run_query("select country, count(*) as n from users group by 1", timeout_s=10)
print(", ".join(res["columns"]), f"({res['row_count']} rows in {res['elapsed_ms']:.0f} ms)")
for row in res["rows"]:
    country = row.get("country") or "unknown"
    print(country, row["n"])
top = max(res["rows"], key=lambda r: r["n"], default=None)
if top:
    print("top:", top["country"])
