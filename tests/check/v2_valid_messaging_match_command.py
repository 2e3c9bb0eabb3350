# stubs: messaging.pyi
import asyncio


async def handle(text: str, channel: str) -> str:
    match text.split():
        case ["!ping"]:
            reply = "pong"
        case ["!echo", *words]:
            reply = " ".join(words)
        case ["!count", n] if n.isdigit():
            reply = ", ".join(str(i) for i in range(int(n)))
        case _:
            return "ignored"
    msg = await post_message(channel, reply)
    return msg["text"]


for cmd in ["!ping", "!echo hi there", "!count 3", "hello"]:
    print(asyncio.run(handle(cmd, "C-bots")))
