from typing import Any, Dict, List, Optional, Tuple, Union, Callable, Set, Iterable
import typing
def handler(event: Dict[str, Any], context: Optional[Any] = None) -> Dict[str, Union[int, str]]:
    return {"statusCode": 200, "body": "ok"}
def pair(x: List[int]) -> Tuple[int, ...]:
    return tuple(x)
print(handler({}), pair([1, 2]))
cb: Callable[[int], int] = lambda n: n + 1
print(cb(1), hasattr(typing, "Optional"))
