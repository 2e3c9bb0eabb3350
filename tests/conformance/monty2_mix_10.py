# async tasks with classes: a rate-limited worker pool simulation
import asyncio

class Worker:
    def __init__(self, name):
        self.name = name
        self.done = []

    async def handle(self, job):
        await asyncio.sleep(job * 0.001)
        self.done.append(job)
        return f"{self.name}:{job}"

async def main():
    workers = [Worker("w1"), Worker("w2")]
    jobs = [5, 1, 3, 2]
    results = await asyncio.gather(*(workers[i % 2].handle(j) for i, j in enumerate(jobs)))
    return results, [w.done for w in workers]

results, done = asyncio.run(main())
assert results == ["w1:5", "w2:1", "w1:3", "w2:2"]
assert done == [[3, 5], [1, 2]]
print(results, done)
