import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await pq.put(item)
    print(pq.qsize(), isinstance(pq, asyncio.Queue), type(pq).__name__)
    order = []
    while not pq.empty():
        order.append(await pq.get())
    print(order)
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    print(lq.full(), str(lq))
    try:
        lq.put_nowait(9)
    except asyncio.QueueFull:
        print("full")
    print([lq.get_nowait() for _ in range(3)])

    async def consumer(q, out):
        while True:
            prio, job = await q.get()
            out.append(job)
            q.task_done()
            if prio >= 9:
                return
    q = asyncio.PriorityQueue()
    out = []
    task = asyncio.create_task(consumer(q, out))
    for p, job in [(5, "e"), (0, "a"), (9, "stop"), (2, "c")]:
        q.put_nowait((p, job))
    await task
    print(out, q.qsize(), str(q))
    try:
        asyncio.PriorityQueue().put_nowait(object()) or q.put_nowait([1]) or q.put_nowait("x")
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
