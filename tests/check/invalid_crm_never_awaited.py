# stubs: crm.pyi
deals = await list_deals()
for d in deals:
    log_activity(d["id"], "reviewed")  # error: missing-await
print("done")
