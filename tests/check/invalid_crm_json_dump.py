# stubs: crm.pyi
import json
deals = await list_deals()
json.dump(deals, "deals.json")  # error: unknown-attribute
