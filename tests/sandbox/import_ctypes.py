# run:
import ctypes
# expect: ModuleNotFoundError
