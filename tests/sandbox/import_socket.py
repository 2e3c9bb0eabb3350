# run:
import socket
# expect: ModuleNotFoundError
