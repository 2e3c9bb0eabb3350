# stubs: messaging.pyi
import asyncio


async def ack_questions(channel: str) -> int:
    history = await fetch_history(channel)
    acked = 0
    for msg in history:
        if msg["text"].rstrip().endswith("?") and "eyes" not in msg["reactions"]:
            if await add_reaction(channel, msg["ts"], "eyes"):
                acked += 1
    return acked


print(asyncio.run(ack_questions("C123")), "questions acknowledged")
