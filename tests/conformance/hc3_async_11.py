import asyncio
results = []
async def job(name, steps):
    for i in range(steps):
        results.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name
async def main():
    t1 = asyncio.create_task(job("a", 3))
    t2 = asyncio.create_task(job("b", 2))
    r = await asyncio.gather(t1, t2)
    print(r, t1.done(), t1.result())
asyncio.run(main())
print(results)
