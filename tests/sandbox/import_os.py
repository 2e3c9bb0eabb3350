# run:
import os
# expect: ModuleNotFoundError
