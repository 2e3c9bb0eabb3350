# stubs: messaging.pyi
import asyncio


async def main():
    cid = channel_id("general")
    await post_message(cid, "hi")  # error: arg-type


asyncio.run(main())
