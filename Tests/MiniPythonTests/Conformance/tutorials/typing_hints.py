from typing import Any, Callable, Dict, List, Optional, Tuple, Union

Event = Dict[str, Any]
Handler = Callable[[Event, Any], Dict[str, Any]]
counter: int = 0
names: List[str] = []


def normalise(value: Union[str, int, None], default: str = "n/a") -> str:
    if value is None:
        return default
    return str(value).strip().lower()


def split_pair(text: str, sep: str = "=") -> Tuple[str, Optional[str]]:
    key, _, val = text.partition(sep)
    return key, (val or None)


def with_counter(fn: Handler) -> Handler:
    def wrapper(event: Event, context: Any = None) -> Dict[str, Any]:
        global counter
        counter += 1
        result: Dict[str, Any] = fn(event, context)
        result["invocation"] = counter
        return result
    return wrapper


@with_counter
def lambda_handler(event: Event, context: Any) -> Dict[str, Any]:
    pairs = [split_pair(p) for p in event.get("pairs", [])]
    names.extend(normalise(v) for v in event.get("names", []))
    return {"pairs": pairs, "names": list(names)}


print(lambda_handler({"pairs": ["a=1", "b", "c=", "d=x=y"], "names": [" Ann ", 42, None]}))
print(lambda_handler({}, None))
print(lambda_handler.__name__, normalise.__annotations__ if False else "skip", counter)
