# stubs: crm.pyi
contact = find_contact("bo@example.com")
print(contact.get("name"))  # error: possibly-none
