# stubs: messaging.pyi
import asyncio


async def main():
    for m in await fetch_history("C1"):
        print(m["thread_ts"] + 1.0)  # error: possibly-none


asyncio.run(main())
