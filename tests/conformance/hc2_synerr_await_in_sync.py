# syntax error: await in sync
import asyncio
def f():
    await asyncio.sleep(1)
