import sys
print("out")
sys.stderr.write("partial error line")
