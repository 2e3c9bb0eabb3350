import asyncio

async def boom():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def fine():
    return "ok"

async def forever():
    await asyncio.sleep(100)

async def main():
    t_bad = asyncio.create_task(boom())
    t_ok = asyncio.create_task(fine())
    t_slow = asyncio.create_task(forever())
    try:
        t_slow.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e, isinstance(e, Exception))
    await asyncio.sleep(0.01)
    print(repr(t_bad.exception()), t_ok.exception(), t_ok.result())
    t_slow.cancel()
    await asyncio.sleep(0)
    try:
        t_slow.exception()
    except asyncio.CancelledError:
        print("cancelled task: exception() raises CancelledError")
    errors = [t.exception() for t in (t_bad, t_ok)]
    print([type(e).__name__ for e in errors])
    t_bad.result()

asyncio.run(main())
