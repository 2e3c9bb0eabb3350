import asyncio

order = []

async def step(name, delay):
    order.append(("start", name))
    await asyncio.sleep(delay)
    order.append(("end", name))
    return name

async def main():
    names = await asyncio.gather(step("slow", 0.3), step("fast", 0.1), step("mid", 0.2))
    print(names)
    print(order)
    t = asyncio.create_task(step("task", 0))
    order.clear()
    order.append("before await")
    print(await t)
    print(order)
    r = await asyncio.sleep(0.01, result=42)
    print(r)

asyncio.run(main())
