# stubs: crm.pyi
contact = find_contact("zoe@example.com")
print(len(contact), "fields")  # error: possibly-none
