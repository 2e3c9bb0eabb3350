from typing import TypedDict, Any, Optional

class SalesRow(TypedDict):
    region: str
    month: str
    revenue: float
    units: int
    channel: str | None

class QueryResult(TypedDict):
    columns: list[str]
    rows: list[dict[str, Any]]
    row_count: int
    elapsed_ms: float

class TableInfo(TypedDict):
    name: str
    schema: str
    row_count: int
    columns: list[str]

class Job:
    job_id: str
    state: str
    def done(self) -> bool: ...
    def result(self) -> QueryResult: ...

def run_query(sql: str, *, params: dict[str, Any] | None = None, timeout_s: float = 30.0) -> QueryResult: ...
def sales_by_region(year: int, *, region: str | None = None) -> list[SalesRow]: ...
def list_tables(schema: str = "public") -> list[TableInfo]: ...
def describe_table(name: str) -> Optional[TableInfo]: ...
def submit_query(sql: str) -> Job: ...
async def export_csv(rows: list[dict[str, Any]], path: str) -> str: ...
def metric(name: str, day: str) -> float | None: ...
