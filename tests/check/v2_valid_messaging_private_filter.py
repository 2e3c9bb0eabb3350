# stubs: messaging.pyi
import asyncio

channels = asyncio.run(list_channels(True))
private = [c for c in channels if c["is_private"]]
public = [c for c in channels if not c["is_private"]]
print(f"{len(private)} private, {len(public)} public")
for c in sorted(public, key=lambda c: c["members"], reverse=True)[:3]:
    print(f"  #{c['name']} ({c['members']} members)")
