# async exception in gather propagates the first error to the caller
import asyncio

async def job(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError(f"job {n} failed")
    return n

async def main():
    try:
        await asyncio.gather(job(1), job(2), job(3))
    except ValueError as e:
        return str(e)

assert asyncio.run(main()) == "job 2 failed"
print(asyncio.run(main()))

async def direct():
    return await asyncio.gather(job(3), job(2))

asyncio.run(direct())
