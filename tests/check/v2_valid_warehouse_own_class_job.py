# stubs: warehouse.pyi
class Job:
    def __init__(self, sql: str):
        self.sql = sql
        self.rows = []

    def run(self) -> "Job":
        self.rows = run_query(self.sql)["rows"]
        return self


def finish(job: Job) -> int:
    return len(job.rows)


print(finish(Job("select 1").run()))
