# run:
import sys
sys.modules
# expect: AttributeError
