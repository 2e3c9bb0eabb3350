# stubs: crm.pyi
deals = await list_deals(stage="open", max=10)  # error: unknown-keyword
