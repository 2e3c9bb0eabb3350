# athrow() into an async generator, caught and uncaught, and anext() after it ends
import asyncio
async def gen():
    while True:
        try:
            yield 1
        except KeyError as e:
            print("caught", e)
            yield "recovered"
async def main():
    g = gen()
    print(await anext(g))
    print(await g.athrow(KeyError("k")))
    print(await anext(g))
    await g.aclose()
    print(await anext(g, "after close"))
    h = gen()
    await anext(h)
    await h.athrow(ValueError("v"))
asyncio.run(main())
