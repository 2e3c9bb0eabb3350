# stubs: crm.pyi
def summarize_deals(deals: list[Deal]) -> dict[str, float]:
    out: dict[str, float] = {}
    for d in deals:
        out[d["id"]] = d["amount"]
    return out

def best(deals: list[Deal]) -> Deal | None:
    if not deals:
        return None
    return max(deals, key=lambda d: d["amount"])

all_deals = await list_deals()
print(summarize_deals(all_deals), best(all_deals))
