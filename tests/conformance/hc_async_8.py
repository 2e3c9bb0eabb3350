import asyncio
async def countdown(n):
    while n > 0:
        yield n
        n -= 1
        await asyncio.sleep(0)
async def main():
    out = []
    async for v in countdown(3):
        out.append(v)
    lock = asyncio.Lock()
    async with lock:
        out.append("locked")
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    out.append(ev.is_set())
    return out
asyncio.run(main())
