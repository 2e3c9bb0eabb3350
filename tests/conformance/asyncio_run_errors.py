import asyncio

async def f():
    return 1

try:
    asyncio.run(5)
except TypeError as e:
    print(e)
coro = f()
print(asyncio.run(coro))
try:
    for x in f():
        pass
except TypeError as e:
    print(e)
