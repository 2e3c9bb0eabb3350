# asend/athrow/aclose through anext(), and an error raised inside the generator
import asyncio
async def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("cleanup")
async def boom():
    yield 1
    raise ValueError("inner")
async def main():
    g = gen()
    print(await anext(g))
    print(await g.asend("hi"))
    await g.aclose()
    print(await anext(g, "closed"))
    b = boom()
    print(await anext(b, 0))
    await anext(b, 0)
asyncio.run(main())
