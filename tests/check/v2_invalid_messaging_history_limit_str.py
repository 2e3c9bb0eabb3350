# stubs: messaging.pyi
import asyncio


async def main():
    msgs = await fetch_history("C1", limit="50")  # error: arg-type
    print(len(msgs))


asyncio.run(main())
