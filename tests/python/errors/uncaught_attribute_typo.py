class Car:
    def __init__(self, make):
        self.make = make
        self.speed = 0

    def accelerate(self, amount):
        self.speed += amount
        return self.speed


car = Car("volvo")
print(car.accelerate(10))
car.accelerte(5)
