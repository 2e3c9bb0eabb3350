# stubs: messaging.pyi
import asyncio


async def reply_in_threads(channel: str):
    for m in await fetch_history(channel, 20):
        parent = m["thread_ts"] if m["thread_ts"] is not None else m["ts"]
        if "deploy" in m["text"]:
            await post_message(channel, "Deploy noted :rocket:", thread_ts=parent)


asyncio.run(reply_in_threads("C-deploys"))
