# stubs: crm.pyi
companies = list_companies()
companies.sort_by("name")  # error: unknown-attribute
