# stubs: messaging.pyi
import asyncio


async def main():
    await send_email("ops@example.com", "Alert", "Disk full")  # error: arg-type


asyncio.run(main())
