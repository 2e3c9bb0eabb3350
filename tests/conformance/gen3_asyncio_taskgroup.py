# asyncio.TaskGroup: waits for its tasks; the first failure cancels the rest and the body
import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f'{name} failed')
        print(name, 'done')
        return name.upper()
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.2))
        t2 = tg.create_task(job('b', 0.1))
        print('body done', repr(tg))
    print(t1.result(), t2.result(), repr(tg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('ok', 0.1))
            tg.create_task(job('bad', 0.2, fail=True))
            tg.create_task(job('slow', 1))
            await asyncio.sleep(5)
            print('not reached')
    except ExceptionGroup as eg:
        print('ExceptionGroup:', eg.message, [repr(e) for e in eg.exceptions])
        print(eg.__cause__, eg.__suppress_context__)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('x', 0.5))
            raise KeyError('body')
    except ExceptionGroup as eg:
        print('body error in group:', repr(eg.exceptions[0]))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('p', 0.1, fail=True))
            tg.create_task(job('q', 0.1, fail=True))
    except ExceptionGroup as eg:
        print(sorted(str(e) for e in eg.exceptions))

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job('early', 0))
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with tg:
        pass
    try:
        tg.create_task(job('late', 0))
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
