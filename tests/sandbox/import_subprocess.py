# run:
import subprocess
# expect: ModuleNotFoundError
