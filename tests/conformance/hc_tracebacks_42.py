class Animal:
    def speak(self):
        raise NotImplementedError(f"{type(self).__name__} must implement speak()")
class Dog(Animal):
    pass
Dog().speak()
