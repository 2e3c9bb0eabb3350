# TaskGroup
import asyncio
async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ValueError(f"job {n}")
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(n)) for n in (1, 2)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 3):
                tg.create_task(job(n))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
asyncio.run(main())
