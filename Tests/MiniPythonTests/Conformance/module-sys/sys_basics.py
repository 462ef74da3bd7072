import sys
print(sys.argv, len(sys.argv))
print(sys.version.startswith("3.12"), type(sys.version).__name__)
print(sys.getrecursionlimit())
print(sys.stdout is not None, sys.stderr is not None)
sys.stdout.write("written\n")
print(sys.stdout.write("abc\n"))
