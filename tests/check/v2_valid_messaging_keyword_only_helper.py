# stubs: messaging.pyi
import asyncio


async def notify(*, to: list[str], subject: str, urgent: bool = False) -> str:
    prefix = "[URGENT] " if urgent else ""
    return await send_email(to, prefix + subject, "see subject")


print(asyncio.run(notify(to=["a@example.com"], subject="Build failed", urgent=True)))
