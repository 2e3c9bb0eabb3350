from typing import Dict
isinstance({}, Dict[str, int])
