command = "start"
match command:
    case "start":
        print("starting")
    case _:
        print("unknown")
