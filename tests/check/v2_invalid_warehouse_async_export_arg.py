# stubs: warehouse.pyi
import asyncio


async def main():
    res = run_query("select * from t")
    path = await export_csv(res, "/tmp/t.csv")  # error: arg-type
    print(path)


asyncio.run(main())
