from typing import TypedDict, Literal, Optional

class User(TypedDict):
    login: str
    id: int
    name: Optional[str]

class Label(TypedDict):
    name: str
    color: str

class Issue(TypedDict):
    number: int
    title: str
    body: str | None
    state: Literal["open", "closed"]
    labels: list[Label]
    assignees: list[User]
    author: User
    comments: int
    created_at: str

class PullRequest(TypedDict):
    number: int
    title: str
    merged: bool
    draft: bool
    head_sha: str
    additions: int
    deletions: int

class Comment(TypedDict):
    id: int
    author: User
    body: str

class Repo:
    owner: str
    name: str
    default_branch: str
    stars: int
    def full_name(self) -> str: ...

def get_repo(owner: str, name: str) -> Repo: ...
def list_issues(repo: str, *, state: Literal["open", "closed", "all"] = "open", labels: list[str] | None = None, per_page: int = 30) -> list[Issue]: ...
def get_issue(repo: str, number: int) -> Issue | None: ...
async def create_issue(repo: str, title: str, body: str = "", *, labels: list[str] = ..., assignees: list[str] = ...) -> Issue: ...
async def add_labels(repo: str, number: int, labels: list[str]) -> list[Label]: ...
async def close_issue(repo: str, number: int, comment: str | None = None) -> Issue: ...
async def list_comments(repo: str, number: int) -> list[Comment]: ...
def list_pulls(repo: str, state: str = "open") -> list[PullRequest]: ...
def get_user(login: str) -> User | None: ...
