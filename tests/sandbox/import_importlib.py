# run:
import importlib
# expect: ModuleNotFoundError
