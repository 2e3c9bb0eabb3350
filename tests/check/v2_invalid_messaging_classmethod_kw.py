# stubs: messaging.pyi
import asyncio


class Notifier:
    channel = "C-alerts"

    @classmethod
    async def alert(cls, text: str):
        return await post_message(cls.channel, text, thread=None)  # error: unknown-keyword


asyncio.run(Notifier.alert("disk full"))
