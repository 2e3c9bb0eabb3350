# stubs: crm.pyi
name = "Ada Lovelace"
print(name.lowercase())  # error: unknown-attribute
