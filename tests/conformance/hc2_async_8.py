# exception in task propagates with traceback
import asyncio
async def step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise RuntimeError(f"step {n} failed")
    return n
async def pipeline():
    results = []
    for n in range(4):
        results.append(await step(n))
    return results
asyncio.run(pipeline())
