# stubs: warehouse.pyi
import asyncio


async def main():
    res = run_query("select * from users")
    path = export_csv(res["rows"], "/tmp/users.csv")
    print("exported to " + path)  # error: missing-await


asyncio.run(main())
