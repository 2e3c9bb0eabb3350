# Task.cancel(), CancelledError and asyncio.wait_for
import asyncio

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'slept')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    finally:
        print(name, 'finally')

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn caught cancel')
    return 'survived'

async def quick():
    await asyncio.sleep(0.1)
    return 'quick'

async def main():
    t = asyncio.create_task(sleeper('a', 5))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting a cancelled task raises CancelledError')
    print(t.cancelled(), t.done(), t.cancel())

    t = asyncio.create_task(sleeper('never started', 1))
    t.cancel('early')
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), None))
    try:
        await asyncio.wait_for(sleeper('slow', 5), timeout=1)
    except TimeoutError as e:
        print('TimeoutError', type(e).__name__, isinstance(e, asyncio.TimeoutError))
    print(await asyncio.wait_for(stubborn(), 0.5))

    g = asyncio.gather(sleeper('g1', 1), sleeper('g2', 2))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())

async def cancel_self():
    asyncio.create_task(sleeper('bg', 1))
    t = asyncio.create_task(sleeper('x', 1))
    await asyncio.sleep(0)
    t.cancel()
    await t

asyncio.run(cancel_self())
