# stubs: messaging.pyi
import asyncio


async def main():
    chans = await list_channels()
    print(sorted(c["member_count"] for c in chans))  # error: unknown-key


asyncio.run(main())
