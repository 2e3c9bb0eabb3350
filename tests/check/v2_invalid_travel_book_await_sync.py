# stubs: travel.pyi
import asyncio


async def main():
    ok = await cancel_booking("B-9")  # error: await-not-awaitable
    print(ok)


asyncio.run(main())
