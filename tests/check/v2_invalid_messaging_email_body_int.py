# stubs: messaging.pyi
import asyncio


async def main():
    count = 3
    await send_email(["me@example.com"], "Count", count)  # error: arg-type


asyncio.run(main())
