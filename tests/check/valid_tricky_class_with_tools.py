# stubs: crm.pyi
class Report:
    def __init__(self, deals):
        self.deals = deals

    def total(self):
        return sum(d["amount"] for d in self.deals)

r = Report(await list_deals())
print(r.total(), r.deals[0].whatever if r.deals else None)
