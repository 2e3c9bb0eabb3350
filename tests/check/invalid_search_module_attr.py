# stubs: search.pyi
import json
data = json.parse('{"a": 1}')  # error: unknown-attribute
