import asyncio

async def add(a, b):
    return a + b

async def twice(x):
    first = await add(x, x)
    return await add(first, first)

async def main():
    print(await add(1, 2))
    print(await twice(3))
    c = add(10, 20)
    print(type(c).__name__)
    print(await c)
    values = await asyncio.gather(add(1, 1), twice(1), add("a", "b"))
    print(values)
    empty = await asyncio.gather()
    print(empty)
    return "done"

result = asyncio.run(main())
print(result)
result
