# stubs: warehouse.pyi
job = submit_query("select 1")
if job.done:
    print(job.result()["row_count"])
print(job.status)  # error: unknown-attribute
