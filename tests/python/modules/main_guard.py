def main():
    print("running main")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    main()
import shapes_helper
print(shapes_helper.__name__ != "__main__")
