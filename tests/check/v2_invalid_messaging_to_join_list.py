# stubs: messaging.pyi
import asyncio


async def main():
    await send_email(["a@example.com"], "Hi", "body", cc="boss@example.com")  # error: arg-type


asyncio.run(main())
