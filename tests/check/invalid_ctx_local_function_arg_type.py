# stubs: crm.pyi
def fmt_money(amount: float, currency: str = "USD") -> str:
    return f"{amount:,.2f} {currency}"

for d in await list_deals():
    print(fmt_money(d["name"]))  # error: arg-type
