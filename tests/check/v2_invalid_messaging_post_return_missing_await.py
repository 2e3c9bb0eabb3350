# stubs: messaging.pyi
import asyncio


async def announce(text: str) -> str:
    msg = post_message("C-news", text)
    return msg["id"]  # error: missing-await


print(asyncio.run(announce("v2 shipped")))
