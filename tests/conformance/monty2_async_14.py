# traceback through nested coroutines
import asyncio

async def level3(d):
    return d["key"]

async def level2(d):
    return await level3(d)

async def level1():
    return await level2({})

asyncio.run(level1())
