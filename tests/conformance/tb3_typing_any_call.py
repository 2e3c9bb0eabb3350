from typing import Any
Any()
