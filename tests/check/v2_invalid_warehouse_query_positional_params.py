# stubs: warehouse.pyi
res = run_query("select * from t where id = :id", {"id": 3})  # error: call-arg-count
print(res["row_count"])
