import asyncio

async def produce(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consume(q, name):
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
    return name, got

async def main():
    q = asyncio.Queue()
    _, result = await asyncio.gather(produce(q, 4), consume(q, "c1"))
    return result

print(asyncio.run(main()))
