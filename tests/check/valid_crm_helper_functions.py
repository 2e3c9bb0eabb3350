# stubs: crm.pyi
def format_amount(value: float) -> str:
    return f"${value:,.2f}"

def stage_label(stage: str) -> str:
    labels = {"open": "Open", "won": "Won", "lost": "Lost"}
    return labels.get(stage, stage)

deals = await list_deals()
for d in deals:
    print(stage_label(d["stage"]), format_amount(d["amount"]))
