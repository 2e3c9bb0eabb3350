from typing import TypedDict, Any

class SearchHit(TypedDict):
    url: str
    title: str
    snippet: str
    score: float

class Page(TypedDict):
    url: str
    text: str
    links: list[str]
    status: int

def web_search(query: str, max_results: int = 10, *, site: str | None = None) -> list[SearchHit]: ...
async def fetch_page(url: str, timeout: float = 10.0) -> Page: ...
def summarize(text: str, max_words: int = 100) -> str: ...
def extract_entities(text: str) -> dict[str, list[str]]: ...
def embed(texts: list[str]) -> list[list[float]]: ...
def lookup(key: str) -> Any: ...

query: str
