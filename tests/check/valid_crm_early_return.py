# stubs: crm.pyi
async def notify(deal_id: str) -> bool:
    deal = await get_deal(deal_id)
    if deal is None:
        return False
    email = deal["owner_email"]
    if email is None:
        return False
    return send_email(email, "Reminder", "Please update " + deal["name"])

results = [await notify(d) for d in ["D-1", "D-2"]]
print(sum(1 for r in results if r))
