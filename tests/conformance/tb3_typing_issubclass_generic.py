from typing import List
issubclass(list, List[int])
