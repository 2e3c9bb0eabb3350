# stubs: crm.pyi
deals = await list_deals()
ranked = sorted(deals, lambda d: d["amount"])  # error: call-arg-count
