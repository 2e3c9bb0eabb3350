# awaiting a non-awaitable and sleep result values
import asyncio
async def main():
    v = await asyncio.sleep(0.01, result="slept")
    print(v)
    await 5
asyncio.run(main())
