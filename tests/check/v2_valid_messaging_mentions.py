# stubs: messaging.pyi
import asyncio

emails = ["ana@example.com", "bo@example.com", "ghost@example.com"]
mentions = []
for e in emails:
    uid = find_user(e)
    if uid:
        mentions.append(format_mention(uid))
text = f"{bot_name} reminder: " + (" ".join(mentions) if mentions else "nobody found")
posted = asyncio.run(post_message("C-general", text))
print(posted["id"], posted["ts"])
