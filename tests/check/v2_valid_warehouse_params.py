# stubs: warehouse.pyi
def count_since(table: str, day: str) -> int:
    res = run_query(f"select count(*) as n from {table} where day >= :day", params={"day": day})
    if not res["rows"]:
        return 0
    return int(res["rows"][0]["n"])


for t in ("events", "sessions"):
    print(t, count_since(t, "2026-01-01"))
