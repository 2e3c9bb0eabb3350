import asyncio
order = []
async def worker(n):
    order.append(f"start {n}")
    await asyncio.sleep(0)
    order.append(f"end {n}")
    return n * n
async def main():
    return await asyncio.gather(*(worker(i) for i in range(3)))
print(asyncio.run(main()))
print(order)
