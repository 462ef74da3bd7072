import functools
import json


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"-> {func.__name__}({', '.join(shown)})")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} returned {result!r}")
        return result
    return wrapper


def require_keys(*keys):
    def decorator(handler):
        @functools.wraps(handler)
        def wrapper(event, context, **extra):
            missing = [k for k in keys if k not in event]
            if missing:
                return {"statusCode": 400, "body": json.dumps({"missing": missing})}
            return handler(event, context, **extra)
        return wrapper
    return decorator


@log_calls
def add(a, b=0, *rest, scale=1):
    return (a + b + sum(rest)) * scale


@require_keys("user", "action")
@log_calls
def lambda_handler(event, context, dry_run=False):
    """Performs the requested action."""
    verb = "would" if dry_run else "will"
    return {"statusCode": 200, "body": f"{event['user']} {verb} {event['action']}"}


add(1, 2)
add(1, 2, 3, 4, scale=10)
add(*[5, 5], **{"scale": 2})
print(lambda_handler({"user": "ann", "action": "deploy"}, None))
print(lambda_handler({"user": "bob"}, None))
print(lambda_handler({"user": "cy", "action": "delete"}, None, dry_run=True))
print(lambda_handler.__name__, lambda_handler.__doc__, add.__name__)


def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    return {**out, **overrides}


print(merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=0))
