import asyncio
class Conn:
    async def __aenter__(self):
        print("open")
        return self
    async def __aexit__(self, *exc):
        print("close", exc[0].__name__ if exc[0] else None)
        return False
    async def query(self, q):
        await asyncio.sleep(0)
        return q.upper()
async def main():
    async with Conn() as c:
        print(await c.query("select"))
    async with Conn():
        raise KeyError("inside")
asyncio.run(main())
