import sys


def main(argv):
    print("args:", len(argv) >= 1)
    if True:
        print("fatal: config missing", file=sys.stderr)
        sys.exit(3)


main(sys.argv)
