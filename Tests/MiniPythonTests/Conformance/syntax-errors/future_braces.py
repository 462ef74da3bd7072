print("never runs")
from __future__ import braces
