# stubs: messaging.pyi
import asyncio


async def unread_senders() -> set[str]:
    senders: set[str] = set()
    for page in range(3):
        batch = await search_inbox(f"page:{page}", unread_only=True)
        if not batch:
            break
        senders |= {m["sender"] for m in batch}
    return senders


async def main() -> None:
    senders = await unread_senders()
    if senders:
        await send_email(sorted(senders), "You have unread mail", "Please check your inbox")
    print(len(senders))


asyncio.run(main())
