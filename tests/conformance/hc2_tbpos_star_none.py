# traceback position: star none
args = None
print(*args)
