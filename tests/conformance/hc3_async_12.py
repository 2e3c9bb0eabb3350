import asyncio
async def main():
    async def inner(x):
        if x < 0:
            raise ValueError(f"negative: {x}")
        return x ** 2
    out = []
    for x in [2, -1, 3]:
        try:
            out.append(await inner(x))
        except ValueError as e:
            out.append(str(e))
    return out
asyncio.run(main())
