# stubs: warehouse.pyi
import asyncio


async def wait_for(job):
    while not job.done():
        await asyncio.sleep(0.01)
    return job.result()


job = submit_query("select * from big_table limit 10")
print("submitted", job.job_id, job.state)
result = asyncio.run(wait_for(job))
print(result["row_count"], "rows")
