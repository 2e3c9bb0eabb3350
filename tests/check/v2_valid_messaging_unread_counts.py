# stubs: messaging.pyi
import asyncio


async def main():
    mails = await search_inbox("", limit=100)
    unread = sum(1 for m in mails if m["unread"])
    senders = {m["sender"] for m in mails}
    longest = max(mails, key=lambda m: len(m["body"]), default=None)
    print(f"{unread} unread from {len(senders)} senders")
    if longest is not None:
        print("longest:", longest["subject"], len(longest["body"]))


asyncio.run(main())
