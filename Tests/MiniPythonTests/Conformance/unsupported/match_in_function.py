def route(event):
    match event["action"]:
        case "get":
            return 1
    return 0
