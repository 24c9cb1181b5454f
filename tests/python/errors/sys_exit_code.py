import sys
print("exiting with 5")
sys.exit(5)
print("never")
