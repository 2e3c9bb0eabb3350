# stubs: travel.pyi
import requests  # error: unknown-module

print(requests.get("https://example.com").status_code)
