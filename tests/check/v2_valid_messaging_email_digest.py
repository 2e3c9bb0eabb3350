# stubs: messaging.pyi
import asyncio
from dataclasses import dataclass


@dataclass
class Digest:
    sender: str
    subjects: list[str]


async def main():
    mails = await search_inbox("invoice", unread_only=True, limit=50)
    grouped: dict[str, Digest] = {}
    for m in mails:
        grouped.setdefault(m["sender"], Digest(m["sender"], [])).subjects.append(m["subject"])
    body = "\n".join(f"{d.sender}: {len(d.subjects)}" for d in grouped.values())
    msg_id = await send_email(["me@example.com"], "Invoice digest", body)
    print("sent", msg_id)


asyncio.run(main())
