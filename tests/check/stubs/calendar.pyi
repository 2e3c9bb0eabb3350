from typing import TypedDict, Optional

class Attendee(TypedDict):
    email: str
    name: str
    accepted: bool

class Event(TypedDict):
    id: str
    title: str
    start: str
    end: str
    attendees: list[Attendee]
    location: Optional[str]

async def list_events(day: str, *, calendar: str = "primary") -> list[Event]: ...
async def create_event(title: str, start: str, end: str, attendees: list[str] | None = None) -> Event: ...
async def cancel_event(event_id: str, reason: str = "") -> bool: ...
def find_free_slot(duration_minutes: int, after: str, before: str) -> Optional[str]: ...
def user_email() -> str: ...

today: str
timezone: str | None
