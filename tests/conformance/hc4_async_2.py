import asyncio

order = []
async def worker(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("x", 3))
        t2 = tg.create_task(worker("y", 2))
    print(t1.result(), t2.result())
    print(order)

asyncio.run(main())
