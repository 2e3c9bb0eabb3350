# stubs: messaging.pyi
import asyncio


async def main():
    for m in await fetch_history("C1"):
        await add_reaction("C1", m["id"], "white_check_mark")  # error: arg-type


asyncio.run(main())
