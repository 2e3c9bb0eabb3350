# stubs: crm.pyi
import asyncio

ids = ["D-1", "D-2", "D-3"]
found = await asyncio.gather(*(get_deal(i) for i in ids))
names = [d["name"] for d in found if d is not None]
print(", ".join(names))
