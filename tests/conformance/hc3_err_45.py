import collections
collections.OrderedDict().popitem()
