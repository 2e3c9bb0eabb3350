# sleep ordering with different delays across created tasks
import asyncio

order = []

async def tick(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        order.append(name)

async def main():
    tasks = [asyncio.create_task(tick("a", [0.01, 0.03])), asyncio.create_task(tick("b", [0.02, 0.005]))]
    for t in tasks:
        await t

asyncio.run(main())
assert order == ["a", "b", "b", "a"], order
print(order)
