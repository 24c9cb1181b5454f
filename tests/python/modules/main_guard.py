def main():
    print("running main")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    main()
import mod_shapes
print(mod_shapes.__name__ != "__main__")
