# stubs: crm.pyi
contact = find_contact("ana@example.com")
if contact is not None:
    name = contact.get("name", "unknown")
    print(name.upper() if isinstance(name, str) else name)
