import asyncio

async def compute(x):
    await asyncio.sleep(0.01 * x)
    if x == 3:
        raise RuntimeError(f"bad input {x}")
    return x * 10

async def main():
    tasks = [asyncio.create_task(compute(i)) for i in range(3)]
    done = await asyncio.gather(*tasks)
    print(done)
    await compute(3)

asyncio.run(main())
