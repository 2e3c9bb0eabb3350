# stubs: warehouse.pyi
res = run_query("select 1", timeout=5)  # error: unknown-keyword
print(res)
