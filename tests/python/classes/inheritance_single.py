class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
for a in (Animal("generic"), Dog("Rex"), Puppy("Bit", 1)):
    print(a.describe())
p = Puppy("Bit", 1)
print(p.age, p.name, Puppy.kind, Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p).__name__, type(p) is Puppy, p.__class__.__name__, Dog.__name__, Dog.__qualname__)
print(issubclass(Dog, object), isinstance(Dog, type), type(Dog).__name__)
print(Animal.speak(p), Dog.speak(p))
