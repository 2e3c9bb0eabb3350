# stubs: crm.pyi
def score(deal: Deal, weight: float) -> float:
    return deal["amount"] * weight

deals = await list_deals()
print([score(d) for d in deals])  # error: call-arg-count
