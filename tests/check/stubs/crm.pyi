from typing import TypedDict, Literal, Optional

class Deal(TypedDict):
    id: str
    name: str
    amount: float
    stage: Literal["open", "won", "lost"]
    owner_email: str | None

class Contact(TypedDict, total=False):
    email: str
    name: str

async def list_deals(stage: str | None = None, *, limit: int = 100) -> list[Deal]: ...
async def get_deal(deal_id: str) -> Deal | None: ...
def send_email(to: str, subject: str, body: str) -> bool: ...
def find_contact(email: str) -> Optional[Contact]: ...

region: str
max_results: int

class Company(TypedDict):
    id: str
    name: str
    domain: str
    employees: int
    tags: list[str]

def list_companies(min_employees: int = 0) -> list[Company]: ...
async def update_deal(deal_id: str, *, stage: str | None = None, amount: float | None = None) -> Deal: ...
async def log_activity(deal_id: str, note: str) -> None: ...
def deals_for_company(company_id: str) -> list[Deal]: ...
