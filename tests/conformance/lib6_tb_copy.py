import copy
import itertools
copy.deepcopy({"it": itertools.count()})
