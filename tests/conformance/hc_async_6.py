import asyncio
async def add(a, b):
    return a + b
coro = add(1, 2)
print(type(coro).__name__)
print(asyncio.run(coro))
async def main():
    return await add("x", 1)
asyncio.run(main())
