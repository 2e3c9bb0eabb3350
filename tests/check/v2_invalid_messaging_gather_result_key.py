# stubs: messaging.pyi
import asyncio


async def main():
    a, b = await asyncio.gather(fetch_history("C1"), list_channels())
    print(b[0]["title"])  # error: unknown-key


asyncio.run(main())
