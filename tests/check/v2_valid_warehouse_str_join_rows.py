# stubs: warehouse.pyi
res = run_query("select name, score from players")
lines = [" | ".join(str(row.get(c, "")) for c in res["columns"]) for row in res["rows"]]
header = " | ".join(res["columns"])
print("\n".join([header, "-" * len(header)] + lines))
