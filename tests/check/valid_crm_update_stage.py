# stubs: crm.pyi
deals = await list_deals()
won = 0
for d in deals:
    if d["amount"] > 50_000 and d["stage"] == "open":
        updated = await update_deal(d["id"], stage="won")
        await log_activity(updated["id"], note="auto-closed")
        won += 1
print(won, "deals closed")
