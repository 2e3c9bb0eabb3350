# traceback position: dict dstar
n = 5
merged = {**n}
