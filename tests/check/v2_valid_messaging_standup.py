# stubs: messaging.pyi
import asyncio


async def standup(channel_name: str) -> None:
    cid = channel_id(channel_name)
    if cid is None:
        print("unknown channel", channel_name)
        return
    history = await fetch_history(cid, limit=50)
    updates = [m for m in history if m["text"].lower().startswith("update:")]
    summary = "\n".join(f"- {m['user']}: {m['text'][7:].strip()}" for m in updates)
    await post_message(cid, f"Standup summary ({len(updates)} updates)\n{summary}")


asyncio.run(standup("team-eng"))
