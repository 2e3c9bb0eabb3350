# async comprehension in async function
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3) if x}
    c = [await asyncio.sleep(0, result=i) for i in range(3)]
    return a, b, c
asyncio.run(main())
