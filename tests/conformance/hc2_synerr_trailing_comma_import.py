# syntax error: trailing comma import
from math import (sqrt, pi,)
from math import sqrt, pi,
