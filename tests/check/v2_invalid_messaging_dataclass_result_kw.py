# stubs: messaging.pyi
import asyncio
from dataclasses import dataclass


@dataclass
class Alert:
    channel: str
    text: str


async def send(alert: Alert):
    return await post_message(channel=alert.channel, message=alert.text)  # error: unknown-keyword


asyncio.run(send(Alert("C1", "x")))
