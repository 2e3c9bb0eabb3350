from typing import List
List()
