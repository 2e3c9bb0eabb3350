# import of a module that does not exist
import sys
print("sys imported")
import no_such_module_here
print("unreachable")
