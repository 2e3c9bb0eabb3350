import asyncio

async def stage(name, q_in, q_out):
    while True:
        item = await q_in.get()
        if item is None:
            await q_out.put(None)
            return name
        await q_out.put(f"{item}>{name}")

async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    workers = [asyncio.create_task(stage("A", q1, q2)), asyncio.create_task(stage("B", q2, q3))]
    for x in ["x", "y"]:
        await q1.put(x)
    await q1.put(None)
    out = []
    while (item := await q3.get()) is not None:
        out.append(item)
    print(out, await asyncio.gather(*workers))

asyncio.run(main())
