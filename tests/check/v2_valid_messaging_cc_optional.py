# stubs: messaging.pyi
import asyncio
from typing import Optional


async def notify(to: list[str], subject: str, cc: Optional[list[str]] = None) -> str:
    body = f"Hello,\n\n{subject}\n\n-- {bot_name}"
    return await send_email(to, subject, body, cc=cc)


print(asyncio.run(notify(["ops@example.com"], "Disk almost full")))
print(asyncio.run(notify(["ops@example.com"], "Backup done", cc=["cto@example.com"])))
