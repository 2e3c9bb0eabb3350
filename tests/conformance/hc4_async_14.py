import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    order = []
    for fut in asyncio.as_completed(tasks):
        order.append(await fut)
    print(order)
    t1 = asyncio.create_task(job("a", 0.5))
    t2 = asyncio.create_task(job("b", 0.1))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    r = await asyncio.sleep(0.01, result="slept")
    print(r)

asyncio.run(main())
