# stubs: crm.pyi
def run() -> int:
    return helper(2)

def helper(n: int) -> int:
    return n * 2

print(run())
