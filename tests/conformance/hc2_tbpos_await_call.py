# traceback position: await call
import asyncio
def plain():
    return 3
async def main():
    await plain()
asyncio.run(main())
