# uncaught error: attr on class
class Cfg:
    debug = False
print(Cfg.debug)
print(Cfg.verbose)
