# tasks and create_task
import asyncio
order = []
async def worker(n):
    for i in range(2):
        order.append(f"w{n}-{i}")
        await asyncio.sleep(0)
    return n * 10
async def main():
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2))
    a = await t1
    b = await t2
    print(order, a, b, t1.done(), t1.result())
asyncio.run(main())
