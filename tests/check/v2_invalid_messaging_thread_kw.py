# stubs: messaging.pyi
import asyncio


async def main():
    await post_message("C1", "reply", thread=123.0)  # error: unknown-keyword


asyncio.run(main())
