# stubs: messaging.pyi
import asyncio
from typing import Optional


async def say(channel: str, text: str, thread: Optional[float] = None) -> float:
    msg = await post_message(channel, text, thread_ts=thread)
    return msg["ts"]


async def main():
    root = await say("C1", "Incident opened")
    await say("C1", "Investigating", thread=root)
    await say("C1", "Resolved", root)


asyncio.run(main())
