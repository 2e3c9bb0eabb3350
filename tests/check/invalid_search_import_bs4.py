# stubs: search.pyi
from bs4 import BeautifulSoup  # error: unknown-module
