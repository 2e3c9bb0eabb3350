try:
    import numpy as np
except ImportError as e:
    print(type(e).__name__, e)
import pandas
