# stubs: warehouse.pyi
job = submit_query(42)  # error: arg-type
print(job.job_id)
