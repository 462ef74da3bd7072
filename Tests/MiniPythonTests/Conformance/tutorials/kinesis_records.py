import base64
import json


def lambda_handler(event, context):
    readings = []
    for record in event["Records"]:
        raw = base64.b64decode(record["kinesis"]["data"])
        payload = json.loads(raw.decode("utf-8"))
        readings.append((record["kinesis"]["partitionKey"], payload["temp"]))
        print("Decoded payload:", payload, "sequence", record["kinesis"]["sequenceNumber"][-4:])
    by_sensor = {}
    for sensor, temp in readings:
        by_sensor.setdefault(sensor, []).append(temp)
    report = {s: round(sum(t) / len(t), 2) for s, t in sorted(by_sensor.items())}
    hottest = max(readings, key=lambda r: r[1])
    return {"averages": report, "hottest": hottest, "count": len(readings)}


def kinesis_record(key, payload, seq):
    data = base64.b64encode(json.dumps(payload).encode()).decode()
    return {"kinesis": {"partitionKey": key, "data": data,
                        "sequenceNumber": "4959033" + str(seq).zfill(10)}, "eventSource": "aws:kinesis"}


records = [kinesis_record(k, {"temp": t}, i) for i, (k, t) in
           enumerate([("s1", 21.5), ("s2", 19.0), ("s1", 22.25), ("s2", 30.1), ("s3", -4)])]
print(records[0]["kinesis"]["data"])
print(lambda_handler({"Records": records}, None))
