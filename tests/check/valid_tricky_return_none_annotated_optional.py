# stubs: crm.pyi
def first_open(deals: list[Deal]) -> Deal | None:
    for d in deals:
        if d["stage"] == "open":
            return d
    return None

def label(d: Deal | None) -> str:
    return d["name"] if d else "-"

print(label(first_open(await list_deals())))
