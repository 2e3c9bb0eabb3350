from typing import TypedDict, Literal, Optional

class Message(TypedDict):
    id: str
    channel: str
    user: str
    text: str
    ts: float
    thread_ts: Optional[float]
    reactions: list[str]

class Channel(TypedDict):
    id: str
    name: str
    is_private: bool
    members: int

class Email(TypedDict):
    message_id: str
    sender: str
    to: list[str]
    subject: str
    body: str
    unread: bool

async def post_message(channel: str, text: str, *, thread_ts: float | None = None) -> Message: ...
async def fetch_history(channel: str, limit: int = 100) -> list[Message]: ...
async def list_channels(include_private: bool = False) -> list[Channel]: ...
async def add_reaction(channel: str, ts: float, emoji: str) -> bool: ...
async def send_email(to: list[str], subject: str, body: str, *, cc: list[str] | None = None) -> str: ...
async def search_inbox(query: str, *, unread_only: bool = False, limit: int = 20) -> list[Email]: ...
def find_user(email: str) -> Optional[str]: ...
def channel_id(name: str) -> str | None: ...
def format_mention(user_id: str) -> str: ...

bot_name: str
