# stubs: warehouse.pyi
import asyncio


async def export_all(queries: dict[str, str]) -> list[str]:
    paths = []
    for name, sql in queries.items():
        res = run_query(sql, params={"limit": 1000})
        paths.append(await export_csv(res["rows"], f"/exports/{name}.csv"))
    return paths


out = asyncio.run(export_all({"users": "select * from users", "orders": "select * from orders"}))
print("\n".join(out))
