# tasks created but awaited in reverse order; results keep identity
import asyncio

async def make(n):
    await asyncio.sleep(0.001 * (5 - n))
    return [n] * n

async def main():
    tasks = [asyncio.create_task(make(i)) for i in range(1, 5)]
    out = []
    for t in reversed(tasks):
        out.append(await t)
    again = await tasks[0]
    assert again is out[-1]
    return out

print(asyncio.run(main()))
