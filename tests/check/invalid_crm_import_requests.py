# stubs: crm.pyi
import requests  # error: unknown-module
deals = await list_deals()
