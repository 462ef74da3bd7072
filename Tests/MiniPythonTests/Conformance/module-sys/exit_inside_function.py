import sys
def main():
    print("main running")
    sys.exit(2)
try:
    main()
finally:
    print("finally still runs")
