import asyncio

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")

async def main():
    async for t in ticker(10):
        if t == 2:
            break
    print("after break")
    gen = ticker(3)
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0), "default"))

asyncio.run(main())
