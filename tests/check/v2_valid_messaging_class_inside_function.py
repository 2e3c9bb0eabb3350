# stubs: messaging.pyi
import asyncio


def build_digest(mails):
    class Entry:
        def __init__(self, sender, count):
            self.sender = sender
            self.count = count

        def line(self):
            return f"{self.sender}: {self.count}"

    counts = {}
    for m in mails:
        counts[m["sender"]] = counts.get(m["sender"], 0) + 1
    return [Entry(s, c).line() for s, c in counts.items()]


mails = asyncio.run(search_inbox("alert"))
print("\n".join(build_digest(mails)))
