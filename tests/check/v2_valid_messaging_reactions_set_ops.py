# stubs: messaging.pyi
import asyncio


async def main():
    history = await fetch_history("C1")
    seen: set[str] = set()
    for m in history:
        seen.update(m["reactions"])
    wanted = {"thumbsup", "eyes", "rocket"}
    print(sorted(seen & wanted), sorted(wanted - seen), len(seen | wanted))


asyncio.run(main())
