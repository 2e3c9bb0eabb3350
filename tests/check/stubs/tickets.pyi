from typing import Literal, TypedDict, Optional

Priority = Literal["low", "normal", "high", "urgent"]
Status = Literal["new", "open", "pending", "solved"]

class Ticket(TypedDict):
    id: int
    subject: str
    status: Status
    priority: Priority
    requester: str
    assignee: Optional[str]
    tags: list[str]

class Agent:
    name: str
    email: str
    open_tickets: int
    def can_take(self, priority: Priority) -> bool: ...

async def search_tickets(status: Status = "open", *, limit: int = 50) -> list[Ticket]: ...
async def update_ticket(ticket_id: int, *, status: Status | None = None, priority: Priority | None = None, assignee: str | None = None) -> Ticket: ...
async def add_comment(ticket_id: int, body: str, public: bool = True) -> None: ...
def list_agents() -> list[Agent]: ...
def least_busy_agent() -> Agent | None: ...
