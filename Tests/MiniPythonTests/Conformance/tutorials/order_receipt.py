import json
import logging
import os
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
logger = logging.getLogger()
logger.setLevel("INFO")

STORED = {}


def save_receipt(bucket, key, text):
    """Stands in for an S3 upload: keeps the text in a dict."""
    if not bucket:
        raise ValueError("RECEIPT_BUCKET environment variable is not set")
    STORED[f"{bucket}/{key}"] = text
    logger.info("Saved receipt %s to %s", key, bucket)


def lambda_handler(event, context):
    try:
        order_id = event["Order_id"]
        amount = event["Amount"]
        item = event["Item"]
        bucket = os.environ.get("RECEIPT_BUCKET")
        receipt = (
            f"OrderID: {order_id}\n"
            f"Amount: ${amount}\n"
            f"Item: {item}"
        )
        save_receipt(bucket, f"receipts/{order_id}.txt", receipt)
        logger.info("Processed order %s", order_id)
        return {"statusCode": 200, "message": "Receipt processed successfully"}
    except Exception as e:
        logger.error("Error processing order: %s", str(e))
        raise


os.environ["RECEIPT_BUCKET"] = "example-receipts"
print(lambda_handler({"Order_id": "12345", "Amount": 199.99, "Item": "Wireless Headphones"}, None))
print(json.dumps(STORED, indent=2))
del os.environ["RECEIPT_BUCKET"]
try:
    lambda_handler({"Order_id": "2", "Amount": 5, "Item": "Cable"}, None)
except ValueError as e:
    print("caught:", e)
lambda_handler({"Order_id": "3"}, None)
