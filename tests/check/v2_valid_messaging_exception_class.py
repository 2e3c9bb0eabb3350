# stubs: messaging.pyi
import asyncio


class PostFailed(Exception):
    def __init__(self, channel: str, reason: str):
        super().__init__(f"{channel}: {reason}")
        self.channel = channel


async def post_or_raise(channel: str, text: str) -> str:
    if not text.strip():
        raise PostFailed(channel, "empty text")
    msg = await post_message(channel, text)
    return msg["id"]


async def main():
    for text in ["hello", "  "]:
        try:
            print(await post_or_raise("C1", text))
        except PostFailed as e:
            print("failed in", e.channel, "-", e)


asyncio.run(main())
