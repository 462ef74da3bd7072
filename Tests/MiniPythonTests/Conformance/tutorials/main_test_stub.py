import json
import os


def lambda_handler(event, context):
    """Greets the caller named in the query string."""
    name = (event.get("queryStringParameters") or {}).get("name") or os.environ.get("DEFAULT_NAME", "World")
    greeting = f"Hello, {name.title()}!"
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"greeting": greeting, "length": len(greeting)}),
    }


if __name__ == "__main__":
    test_events = [
        {"queryStringParameters": {"name": "ada lovelace"}},
        {"queryStringParameters": None},
        {},
    ]
    os.environ["DEFAULT_NAME"] = "friend"
    for test_event in test_events:
        response = lambda_handler(test_event, None)
        print(json.dumps(response, indent=2))
    print(__name__, lambda_handler.__doc__)
