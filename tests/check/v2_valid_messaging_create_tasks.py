# stubs: messaging.pyi
import asyncio


async def broadcast(channels: list[str], text: str) -> list[str]:
    tasks = [asyncio.create_task(post_message(c, text)) for c in channels]
    msgs = []
    for t in tasks:
        msgs.append(await t)
    return [m["id"] for m in msgs]


ids = asyncio.run(broadcast(["C1", "C2"], "Maintenance at 22:00 UTC"))
print(len(ids), "posted")
