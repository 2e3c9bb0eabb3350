# stubs: warehouse.pyi
res = run_query("select 1 as x")
for row in res["rows"]:
    print(row.getvalue("x"))  # error: unknown-attribute
