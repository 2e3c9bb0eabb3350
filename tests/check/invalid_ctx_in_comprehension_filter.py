# stubs: crm.pyi
deals = await list_deals()
big = [d for d in deals if d.amount > 1000]  # error: unknown-attribute
