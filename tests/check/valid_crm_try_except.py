# stubs: crm.pyi
try:
    deal = await update_deal("D-9", amount=1200.0)
    note = f"updated {deal['name']}"
except ValueError as e:
    note = f"failed: {e}"
except Exception:
    note = "unexpected failure"
print(note)
