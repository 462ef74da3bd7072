from typing import Any, NamedTuple, Optional, TypedDict
import json


class Movie(TypedDict):
    title: str
    year: int


class S3Location(NamedTuple):
    bucket: str
    key: str
    region: str = "us-east-1"

    @property
    def uri(self) -> str:
        return f"s3://{self.bucket}/{self.key}"

    def with_key(self, key: str) -> "S3Location":
        return self._replace(key=key)

    KIND = "s3"


class Response(TypedDict):
    statusCode: int
    body: str


def lambda_handler(event: dict[str, Any], context: Optional[Any] = None) -> Response:
    movie = Movie(title=event["title"], year=int(event["year"]))
    where = S3Location(event["bucket"], f"movies/{movie['year']}.json")
    return Response(statusCode=200, body=json.dumps({"movie": movie, "uri": where.uri}))


result = lambda_handler({"title": "Heat", "year": "1995", "bucket": "films"})
print(result, type(result).__name__)
loc = S3Location("b", "k")
print(loc, loc.uri, loc.with_key("k2"), loc.KIND, S3Location._fields, loc._asdict())
print(loc == ("b", "k", "us-east-1"), isinstance(loc, tuple), len(loc), loc[1], S3Location.__name__)
bucket, key, region = S3Location(key="x", bucket="y", region="eu-west-1")
print(bucket, key, region)
print(Movie({"title": "x", "year": 1}), Movie(), Movie.__name__)
try:
    S3Location("only-bucket")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
