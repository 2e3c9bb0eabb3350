# stubs: crm.pyi
companies = list_companies(min_employees=50)
big = [c for c in companies if c["employees"] > 1000]
big.sort(key=lambda c: c["employees"], reverse=True)
for company in big[:5]:
    tags = ", ".join(company["tags"]) or "none"
    print(f"{company['name']} ({company['domain']}): {company['employees']} people; tags: {tags}")
