# traceback in class body and in default argument evaluation
def make(limit=int("10")):
    return limit
print(make())
class Settings:
    retries = 3
    timeout = retries * 2.5
    name = undefined_setting
