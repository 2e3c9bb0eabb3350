# stubs: crm.pyi
import asyncio

stages = ["open", "won", "lost"]
results = await asyncio.gather(*(list_deals(s) for s in stages))
digest = {}
for stage, deals in zip(stages, results):
    digest[stage] = {
        "count": len(deals),
        "total": round(sum(d["amount"] for d in deals), 2),
        "top": [d["name"] for d in sorted(deals, key=lambda d: d["amount"], reverse=True)[:3]],
    }
for stage, info in digest.items():
    print(f"{stage:>5}: {info['count']} deals, {info['total']}")
