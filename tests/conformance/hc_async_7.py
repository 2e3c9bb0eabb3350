import asyncio
results = []
async def step(name, delay):
    await asyncio.sleep(delay)
    results.append(name)
    return name
async def main():
    t1 = asyncio.create_task(step("slow", 0.03))
    t2 = asyncio.create_task(step("fast", 0.01))
    await asyncio.gather(t1, t2)
    print(results)
    done = await asyncio.gather(*[step(str(i), 0) for i in range(3)])
    print(done)
asyncio.run(main())
