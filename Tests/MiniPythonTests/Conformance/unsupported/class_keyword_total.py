from typing import TypedDict
print("nothing runs")


class Movie(TypedDict, total=False):
    title: str
