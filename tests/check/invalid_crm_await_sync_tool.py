# stubs: crm.pyi
ok = await send_email("a@b.c", "s", "b")  # error: await-not-awaitable
