# stubs: messaging.pyi
import asyncio


async def main():
    for m in await fetch_history("C1", 10):
        print(m.text)  # error: unknown-attribute


asyncio.run(main())
