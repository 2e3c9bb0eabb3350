# stubs: crm.pyi
await update_deal(stage="won")  # error: call-arg-count
