# asyncio.wait: (done, pending) by return_when and timeout
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (('a', 0.3), ('b', 0.1), ('c', 0.2))]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job(n, d)) for n, d in (('slow', 0.3), ('fast', 0.1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job('ok', 0.1)), asyncio.create_task(job('bad', 0.2, True)),
             asyncio.create_task(job('late', 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), type(pending), asyncio.FIRST_EXCEPTION)
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job('x', 1)), asyncio.create_task(job('y', 0.1))]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(len(done), len(pending))
    await asyncio.wait(pending)

    for bad in ([], [job('coro', 0)]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(tasks, return_when='SOMETIMES')
    except ValueError as e:
        print(e)

asyncio.run(main())
