# stubs: files.pyi
cfg = await read_json("config.json")  # error: await-not-awaitable
