from abc import ABC, abstractmethod
class Plugin(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
Plugin()
