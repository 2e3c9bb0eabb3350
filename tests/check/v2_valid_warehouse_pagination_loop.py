# stubs: warehouse.pyi
offset = 0
page = None
collected = []
while True:
    page = run_query(f"select * from t limit 100 offset {offset}")
    collected.extend(page["rows"])
    if page["row_count"] < 100:
        break
    offset += 100
print(len(collected), page["elapsed_ms"] if page else 0)
