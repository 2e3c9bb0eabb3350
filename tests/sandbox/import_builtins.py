# run:
import builtins
# expect: ModuleNotFoundError
