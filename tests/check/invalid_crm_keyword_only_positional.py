# stubs: crm.pyi
updated = await update_deal("D-1", "won")  # error: call-arg-count
