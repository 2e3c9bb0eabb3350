# stubs: crm.pyi
for company in list_companies(min_employees=10):
    if company.employees > 500:  # error: unknown-attribute
        print(company["name"])
