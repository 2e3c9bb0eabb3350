# stubs: crm.pyi
async def check(deal_id: str) -> bool:
    if get_deal(deal_id) is None:  # error: missing-await
        return False
    return True
