# stubs: crm.pyi
ranked = sorted(list_deals(), key=lambda d: d["amount"])  # error: missing-await
