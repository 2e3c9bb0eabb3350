# stubs: crm.pyi
fake: Deal = {"id": "1", "name": "n", "amount": 1.0, "stage": "open", "owner_email": None}
print(fake["name"])
copy = dict(fake)
copy["extra"] = True
print(copy)
