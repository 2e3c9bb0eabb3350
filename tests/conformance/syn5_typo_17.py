# keyword typo hint (CPython 3.14's traceback module): a keyword suggested
from os improt path
