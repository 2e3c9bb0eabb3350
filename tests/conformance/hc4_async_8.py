import asyncio

async def step(name, log):
    log.append(f"start {name}")
    await asyncio.sleep(0)
    log.append(f"end {name}")
    return name

async def main():
    log = []
    a = await step("a", log)
    b, c = await asyncio.gather(step("b", log), step("c", log))
    print(a, b, c)
    print(log)
    coro = step("d", log)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    print(await coro)

asyncio.run(main())
