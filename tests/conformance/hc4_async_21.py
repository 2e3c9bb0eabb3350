import asyncio

async def main():
    loop_result = []
    async def worker(ev, name):
        await ev.wait()
        loop_result.append(name)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(worker(ev, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("before set", loop_result)
    ev.set()
    await asyncio.gather(*tasks)
    print("after set", loop_result)
    t = asyncio.create_task(asyncio.sleep(1))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    t.cancel()

asyncio.run(main())
