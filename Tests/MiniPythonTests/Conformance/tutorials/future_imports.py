"""A handler module from an older tutorial, with its __future__ imports."""
from __future__ import print_function
from __future__ import annotations, division
import __future__


def get_my_log_stream(event: dict[str, int], context: Context | None) -> str:
    print("Ratio:", event["done"] / event["total"])
    return "stream-" + str(event["total"])


print(get_my_log_stream({"done": 1, "total": 4}, None))
print(__future__.annotations, __future__.print_function.getMandatoryRelease())
print(__future__.all_feature_names[-2:], __future__.CO_FUTURE_ANNOTATIONS)
print(annotations.getOptionalRelease()[:2], division.compiler_flag)
