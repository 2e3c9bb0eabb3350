import asyncio

async def ticks(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print("ticks closed", tag)

def plain(tag):
    try:
        yield 1
        yield 2
    finally:
        print("plain closed", tag)

async def main():
    async for t in ticks("a"):
        print("tick", t)
        break
    print("after async break")
    for p in plain("in coroutine"):
        print("plain", p)
        break
    print("after plain break")
    try:
        for p in plain("exc in coroutine"):
            await asyncio.sleep(0)
            raise ValueError("x")
    except ValueError:
        print("caught")

asyncio.run(main())
print("done")
