from math import *
print(floor(3.7), pi > 3, sqrt(49))
from string import *
print(digits)
