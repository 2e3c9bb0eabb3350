# stubs: crm.pyi
deals = await list_deals()
amounts = [d["amount"] for d in deals]
print("Amounts: " + ", ".join(amounts))  # error: arg-type
