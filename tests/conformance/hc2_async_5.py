# async generators
import asyncio
async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def main():
    out = []
    async for t in ticker(4):
        out.append(t)
    agen = ticker(2)
    print(await agen.__anext__(), await anext(agen), await anext(agen, "end"))
    return out
asyncio.run(main())
