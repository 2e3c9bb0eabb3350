# stubs: messaging.pyi
import asyncio


async def main():
    msgs = await fetch_history("C1")
    await add_reaction("C1", "thumbsup")  # error: arg-type, call-arg-count


asyncio.run(main())
