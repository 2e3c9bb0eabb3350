import asyncio

async def connect(host):
    await asyncio.sleep(0)
    if host.startswith("down"):
        raise ConnectionRefusedError(f"{host} refused the connection")
    if host.startswith("reset"):
        raise ConnectionResetError("peer reset")
    return host

async def main():
    results = await asyncio.gather(connect("up"), connect("down1"), connect("reset2"), return_exceptions=True)
    for r in results:
        kind = type(r).__name__
        print(kind, isinstance(r, ConnectionError), isinstance(r, OSError), r)
    try:
        raise FileExistsError("output.txt exists")
    except OSError as e:
        print(type(e).__mro__[1].__name__, e)
    print([c.__name__ for c in (BrokenPipeError, IsADirectoryError, NotADirectoryError, BlockingIOError,
                                InterruptedError, ProcessLookupError, ChildProcessError, ConnectionAbortedError)])
    print([issubclass(w, Warning) for w in (FutureWarning, PendingDeprecationWarning, ResourceWarning,
                                              ImportWarning, UnicodeWarning, BytesWarning, EncodingWarning)])
    await connect("down-final")

asyncio.run(main())
