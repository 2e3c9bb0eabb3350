# run:
import re
# counted repeats compile to copies of their body: a bounded program, not the host's memory
re.compile(r"(?:(?:a{100000}){100000}){100000}")
# expect: OverflowError
