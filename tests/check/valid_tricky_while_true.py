# stubs: crm.pyi
attempts = 0
while True:
    attempts += 1
    deal = await get_deal(f"D-{attempts}")
    if deal is not None or attempts > 3:
        break
print(attempts)
