# stubs: messaging.pyi
import asyncio


async def classify(channel: str) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for m in await fetch_history(channel):
        match m:
            case {"thread_ts": None, "reactions": []}:
                kind = "plain"
            case {"thread_ts": None}:
                kind = "reacted"
            case _:
                kind = "thread"
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


print(asyncio.run(classify("C9")))
