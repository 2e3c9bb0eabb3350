# stubs: crm.pyi
def total_amount(deals: list[Deal]) -> float:
    return ", ".join(d["id"] for d in deals)  # error: return-type

print(total_amount(await list_deals()))
