# stubs: crm.pyi
report = []
for company in list_companies():
    deals = deals_for_company(company["id"])
    open_total = sum(d["amount"] for d in deals if d["stage"] == "open")
    report.append((company["name"], open_total))
report.sort(key=lambda row: row[1], reverse=True)
for name, amount in report:
    print(f"{name:<30}{amount:>12.2f}")
