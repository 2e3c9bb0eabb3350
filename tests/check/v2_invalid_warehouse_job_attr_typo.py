# stubs: warehouse.pyi
job = submit_query("select count(*) from events")
while not job.done():
    pass
print(job.results())  # error: unknown-attribute
