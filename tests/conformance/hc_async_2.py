import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append((name, item))
        q.task_done()
async def main():
    q = asyncio.Queue()
    out = []
    for i in range(4):
        q.put_nowait(i)
    q.put_nowait(None)
    await worker("w", q, out)
    return out
asyncio.run(main())
