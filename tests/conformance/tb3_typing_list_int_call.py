from typing import List
List[int]()
