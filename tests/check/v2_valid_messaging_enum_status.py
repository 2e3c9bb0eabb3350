# stubs: messaging.pyi
import asyncio
from enum import Enum


class Outcome(str, Enum):
    SENT = "sent"
    SKIPPED = "skipped"


async def maybe_post(channel_name: str, text: str) -> Outcome:
    cid = channel_id(channel_name)
    if cid is None or not text:
        return Outcome.SKIPPED
    await post_message(cid, text)
    return Outcome.SENT


outcomes = [asyncio.run(maybe_post(c, "hi")) for c in ["general", "random"]]
print([o.value for o in outcomes], outcomes.count(Outcome.SENT))
