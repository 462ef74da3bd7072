import sys
print("exiting with 4")
sys.exit(4)
print("not reached")
