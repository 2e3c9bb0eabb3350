# stubs: crm.pyi
deals = await list_deals("open")
total = 0.0
for deal in deals:
    total += deal.amount  # error: unknown-attribute
print(total)
