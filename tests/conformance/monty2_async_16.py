# asyncio.run result types and nested asyncio.run refusal
import asyncio

async def inner():
    return {"a": [1, 2]}

async def outer():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()
    return await inner()

print(asyncio.run(outer()))
