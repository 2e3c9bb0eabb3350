# stubs: crm.pyi
def open_pipeline() -> float:
    deals = await list_deals("open")  # error: syntax-error, await-outside-async
    return sum(d["amount"] for d in deals)

print(open_pipeline())
