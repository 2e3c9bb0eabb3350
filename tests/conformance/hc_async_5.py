import asyncio
async def compute(x):
    await asyncio.sleep(0.01)
    return x ** 2
async def main():
    tasks = [asyncio.create_task(compute(i)) for i in range(5)]
    done = []
    for t in tasks:
        done.append(await t)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    return done
asyncio.run(main())
