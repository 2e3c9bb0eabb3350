# stubs: crm.pyi
updated = await update_deal("D-3", amount="1200")  # error: arg-type
print(updated["amount"])
