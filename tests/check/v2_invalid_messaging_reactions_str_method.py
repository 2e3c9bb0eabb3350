# stubs: messaging.pyi
import asyncio


async def main():
    for m in await fetch_history("C1"):
        if m["reactions"].contains("fire"):  # error: unknown-attribute
            print(m["id"])


asyncio.run(main())
