import asyncio
class Session:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit", exc[0])
        return False
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    async with Session() as s:
        print(type(s).__name__)
    total = [x async for x in agen(4)]
    async for v in agen(2):
        print("v", v)
    return total
print(asyncio.run(main()))
