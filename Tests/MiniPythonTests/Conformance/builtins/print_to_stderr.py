import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("mixed", 1, file=sys.stdout)
sys.stdout.write("written directly\n")
sys.stderr.write("error line\n")
