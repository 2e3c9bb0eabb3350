# stubs: crm.pyi
import json

deals = await list_deals()
rows = [{"id": d["id"], "amount": round(d["amount"], 2)} for d in deals]
payload = json.dumps({"count": len(rows), "rows": rows}, indent=2)
print(payload)
back = json.loads(payload)
print(back["count"])
