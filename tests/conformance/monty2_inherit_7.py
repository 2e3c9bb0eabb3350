# method resolution of class attribute across hierarchy, and shadowing
class Config:
    debug = False
    level = 1

class Dev(Config):
    debug = True

class Test(Dev):
    level = 5

t = Test()
assert (t.debug, t.level) == (True, 5)
assert (Dev.debug, Dev.level) == (True, 1)
Config.level = 2
assert Dev.level == 2 and Test.level == 5
t.level = 9
assert Test.level == 5 and t.level == 9
del t.level
assert t.level == 5
print(t.debug, t.level, Config.level)
del t.level
