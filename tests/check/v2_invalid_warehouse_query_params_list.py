# stubs: warehouse.pyi
res = run_query("select * from users where id = ?", params=[42])  # error: arg-type
print(res["rows"])
