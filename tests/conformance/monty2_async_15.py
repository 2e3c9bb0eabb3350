# task results collected with create_task in comprehension; task.result()
import asyncio

async def square(x):
    await asyncio.sleep(0.001 * x)
    return x * x

async def main():
    tasks = [asyncio.create_task(square(i)) for i in range(5)]
    await asyncio.gather(*tasks)
    return [t.result() for t in tasks], all(t.done() for t in tasks)

res, done = asyncio.run(main())
assert res == [0, 1, 4, 9, 16] and done
print(res)
