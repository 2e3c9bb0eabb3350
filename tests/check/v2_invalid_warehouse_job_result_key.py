# stubs: warehouse.pyi
job = submit_query("select 1")
if job.done():
    print(job.result()["rows_count"])  # error: unknown-key
