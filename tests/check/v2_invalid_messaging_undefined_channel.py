# stubs: messaging.pyi
import asyncio


async def main():
    await post_message(CHANNEL, "deploy done")  # error: undefined-name


asyncio.run(main())
