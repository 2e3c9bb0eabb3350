# stubs: crm.pyi
deal = None
if get_deal("D-7"):  # error: missing-await
    print("deal exists")
