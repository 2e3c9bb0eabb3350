import asyncio

async def compute():
    return 42

async def main():
    coro = compute()
    value = await coro
    try:
        await coro
    except RuntimeError as e:
        print(e)
    return value

print(asyncio.run(main()))
async def gen_values():
    for i in range(3):
        yield i
async def collect():
    return [v async for v in gen_values() if v], {v: v * 2 async for v in gen_values()}
print(asyncio.run(collect()))
