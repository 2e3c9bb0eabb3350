# stubs: warehouse.pyi
job = None
try:
    job = submit_query("select * from events")
    while not job.done():
        pass
    rows = job.result()["rows"]
    print(len(rows))
except RuntimeError as e:
    print("query failed:", e)
finally:
    print("job", job.job_id if job is not None else "never started")
