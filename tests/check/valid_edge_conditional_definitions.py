# stubs: crm.pyi
verbose = len(region) > 2
if verbose:
    def log(msg: str) -> None:
        print("[crm]", msg)
else:
    def log(msg: str) -> None:
        pass
log("start")
