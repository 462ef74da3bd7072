// The Python half of the simulated AWS SDK: `boto3` and `botocore` as handlers import them, over one native
// function (`_workbook_aws.call`) that runs the operation in the world as the execution role (HandlerAWSAccess).

/// The modules of the simulated SDK, added to every environment's interpreter.
enum Boto3Source {
    /// The native module the Python clients call: `call(service, operation, params) -> (ok, payload)`.
    static let nativeModuleName = "_workbook_aws"

    /// The operations each client simulates, by service: the Python method name and botocore's operation name.
    static let operations: [(service: String, methods: [(method: String, operation: String)])] = [
        ("dynamodb", [("delete_item", "DeleteItem"), ("describe_table", "DescribeTable"), ("get_item", "GetItem"), ("put_item", "PutItem"), ("query", "Query"),
                      ("scan", "Scan"), ("update_item", "UpdateItem")]),
        ("lambda", [("get_function_configuration", "GetFunctionConfiguration"), ("invoke", "Invoke")]),
        ("s3", [("copy_object", "CopyObject"), ("delete_object", "DeleteObject"), ("get_object", "GetObject"), ("head_object", "HeadObject"),
                ("list_objects", "ListObjects"), ("list_objects_v2", "ListObjectsV2"), ("put_object", "PutObject")]),
        ("sts", [("get_caller_identity", "GetCallerIdentity")]),
    ]

    /// botocore's class name for a service's client.
    static func className(_ service: String) -> String {
        switch service {
        case "dynamodb": "DynamoDB"
        case "lambda": "Lambda"
        case "s3": "S3"
        default: service.uppercased()
        }
    }

    /// (module name, path, source) of each module, packages before their submodules.
    static let modules: [(String, String, String)] = [("botocore", "/var/runtime/botocore/__init__.py", botocoreSource),
         ("botocore.exceptions", "/var/runtime/botocore/exceptions.py", exceptionsSource),
         ("botocore.response", "/var/runtime/botocore/response.py", responseSource),
         ("botocore.errorfactory", "/var/runtime/botocore/errorfactory.py", errorfactorySource),
         ("dateutil", "/var/runtime/dateutil/__init__.py", ""),
         ("dateutil.tz", "/var/runtime/dateutil/tz.py", dateutilTZSource),
         ("boto3", "/var/runtime/boto3/__init__.py", boto3Source)] + resourceModules

    /// The error shapes botocore 1.34's service models mark as exceptions, in the models' order: each becomes a class
    /// on `client.exceptions`, a subclass of `ClientError` raised for a response with that error code.
    static let modeledExceptions: [(service: String, prefix: String, names: [String])] = [
        ("dynamodb", "DynamoDB", ["BackupInUseException", "BackupNotFoundException", "ConditionalCheckFailedException",
                                  "ContinuousBackupsUnavailableException", "DuplicateItemException", "ExportConflictException",
                                  "ExportNotFoundException", "GlobalTableAlreadyExistsException", "GlobalTableNotFoundException",
                                  "IdempotentParameterMismatchException", "ImportConflictException", "ImportNotFoundException",
                                  "IndexNotFoundException", "InternalServerError", "InvalidEndpointException", "InvalidExportTimeException",
                                  "InvalidRestoreTimeException", "ItemCollectionSizeLimitExceededException", "LimitExceededException",
                                  "PointInTimeRecoveryUnavailableException", "PolicyNotFoundException",
                                  "ProvisionedThroughputExceededException", "ReplicaAlreadyExistsException", "ReplicaNotFoundException",
                                  "RequestLimitExceeded", "ResourceInUseException", "ResourceNotFoundException",
                                  "TableAlreadyExistsException", "TableInUseException", "TableNotFoundException",
                                  "TransactionCanceledException", "TransactionConflictException", "TransactionInProgressException"]),
        ("lambda", "Lambda", ["CodeSigningConfigNotFoundException", "CodeStorageExceededException", "CodeVerificationFailedException",
                              "EC2AccessDeniedException", "EC2ThrottledException", "EC2UnexpectedException", "EFSIOException",
                              "EFSMountConnectivityException", "EFSMountFailureException", "EFSMountTimeoutException",
                              "ENILimitReachedException", "InvalidCodeSignatureException", "InvalidParameterValueException",
                              "InvalidRequestContentException", "InvalidRuntimeException", "InvalidSecurityGroupIDException",
                              "InvalidSubnetIDException", "InvalidZipFileException", "KMSAccessDeniedException", "KMSDisabledException",
                              "KMSInvalidStateException", "KMSNotFoundException", "PolicyLengthExceededException",
                              "PreconditionFailedException", "ProvisionedConcurrencyConfigNotFoundException",
                              "RecursiveInvocationException", "RequestTooLargeException", "ResourceConflictException",
                              "ResourceInUseException", "ResourceNotFoundException", "ResourceNotReadyException", "ServiceException",
                              "SnapStartException", "SnapStartNotReadyException", "SnapStartTimeoutException",
                              "SubnetIPAddressLimitReachedException", "TooManyRequestsException", "UnsupportedMediaTypeException"]),
        ("s3", "S3", ["BucketAlreadyExists", "BucketAlreadyOwnedByYou", "InvalidObjectState", "NoSuchBucket", "NoSuchKey",
                      "NoSuchUpload", "ObjectAlreadyInActiveTierError", "ObjectNotInActiveTierError"]),
        ("sts", "STS", ["ExpiredTokenException", "IDPCommunicationErrorException", "IDPRejectedClaimException",
                        "InvalidAuthorizationMessageException", "InvalidIdentityTokenException", "MalformedPolicyDocumentException",
                        "PackedPolicyTooLargeException", "RegionDisabledException"]),
    ]

    /// `botocore.errorfactory`: a client's `exceptions`, made once per service (as botocore caches them), imported
    /// the first time a handler asks for them or a call fails.
    static let errorfactorySource: String = {
        var text = #"""
from botocore.exceptions import ClientError


class BaseClientExceptions(object):
    ClientError = ClientError

    def __init__(self, code_to_exception):
        self._code_to_exception = code_to_exception

    def from_code(self, error_code):
        return self._code_to_exception.get(error_code, self.ClientError)

    def __getattr__(self, name):
        exception_cls_names = [exception_cls.__name__ for exception_cls in self._code_to_exception.values()]
        raise AttributeError(
            f"{self} object has no attribute {name}. Valid exceptions are: {', '.join(exception_cls_names)}"
        )


_MODELED = {

"""#
        for (service, prefix, names) in modeledExceptions {
            text += "    \"\(service)\": (\"\(prefix)\", (" + names.map { "\"\($0)\", " }.joined() + ")),\n"
        }
        text += #"""
}
_CACHE = {}


def exceptions_for(service_name):
    exceptions = _CACHE.get(service_name)
    if exceptions is None:
        prefix, names = _MODELED.get(service_name, (service_name, ()))
        code_to_exception = {}
        for name in names:
            code_to_exception[name] = type(name, (ClientError,), {})
        cls = type(prefix + "Exceptions", (BaseClientExceptions,), dict(code_to_exception))
        exceptions = cls(code_to_exception)
        _CACHE[service_name] = exceptions
    return exceptions

"""#
        return text
    }()

    /// dateutil's `tzutc`, the time zone of the datetimes botocore parses from S3's timestamps (Lambda's Python
    /// runtime ships python-dateutil with botocore).
    static let dateutilTZSource = #"""
import datetime as _datetime

_ZERO = _datetime.timedelta(0)


class tzutc(_datetime.tzinfo):
    def utcoffset(self, dt):
        return _ZERO

    def dst(self, dt):
        return _ZERO

    def tzname(self, dt):
        return "UTC"

    def fromutc(self, dt):
        return dt

    def __eq__(self, other):
        if not isinstance(other, (tzutc, _datetime.timezone)):
            return NotImplemented
        return isinstance(other, tzutc) or other.utcoffset(None) == _ZERO

    __hash__ = None

    def __ne__(self, other):
        return not (self == other)

    def __repr__(self):
        return "%s()" % self.__class__.__name__


UTC = tzutc()


class tzlocal(_datetime.tzinfo):
    # The local zone of a Lambda environment is UTC (TZ=:UTC).
    def utcoffset(self, dt):
        return _ZERO

    def dst(self, dt):
        return _ZERO

    def tzname(self, dt):
        return "UTC"

    def __eq__(self, other):
        if isinstance(other, tzlocal):
            return True
        if isinstance(other, (tzutc, _datetime.timezone)):
            return other.utcoffset(None) == _ZERO
        return NotImplemented

    __hash__ = None

    def __ne__(self, other):
        return not (self == other)

    def __repr__(self):
        return "%s()" % self.__class__.__name__
"""#

    static let botocoreSource = #"""
__version__ = "1.34.145"
from botocore import exceptions
from botocore import response
"""#

    /// botocore's exceptions, with `ClientError`'s message as botocore formats it.
    static let exceptionsSource = #"""
class BotoCoreError(Exception):
    pass


class UnknownServiceError(BotoCoreError):
    pass


class ParamValidationError(BotoCoreError):
    def __init__(self, report):
        super().__init__("Parameter validation failed:\n" + report)
        self.kwargs = {"report": report}


class ClientError(Exception):
    MSG_TEMPLATE = "An error occurred ({error_code}) when calling the {operation_name} operation: {error_message}"

    def __init__(self, error_response, operation_name):
        error = error_response.get("Error", {})
        msg = self.MSG_TEMPLATE.format(
            error_code=error.get("Code", "Unknown"),
            operation_name=operation_name,
            error_message=error.get("Message", "Unknown"),
        )
        super().__init__(msg)
        self.response = error_response
        self.operation_name = operation_name
"""#

    /// `StreamingBody`: the `Body` of `get_object`, read once.
    static let responseSource = #"""
class StreamingBody(object):
    def __init__(self, raw_stream, content_length):
        self._raw_stream = raw_stream
        self._content_length = content_length
        self._amount_read = 0

    def read(self, amt=None):
        if amt is None:
            chunk = self._raw_stream[self._amount_read:]
        else:
            chunk = self._raw_stream[self._amount_read:self._amount_read + amt]
        self._amount_read += len(chunk)
        return chunk

    def close(self):
        pass

    def __repr__(self):
        return "<botocore.response.StreamingBody object>"
"""#

    /// Methods that do more than pass their arguments on, by `service.method`: `invoke` takes its `Payload` as
    /// botocore's blob parameters do (bytes, str or a file-like object) and refuses anything else as botocore does.
    static let customMethods: [String: String] = [
        "lambda.invoke": #"""

    def invoke(self, **kwargs):
        payload = kwargs.get("Payload")
        if payload is not None:
            if hasattr(payload, "read"):
                payload = payload.read()
            if not isinstance(payload, (bytes, str)):
                raise ParamValidationError(
                    "Invalid type for parameter Payload, value: " + str(payload) + ", type: " + str(type(payload))
                    + ", valid types: <class 'bytes'>, <class 'bytearray'>, file-like object"
                )
            kwargs["Payload"] = payload
        return self._make_api_call("Invoke", kwargs)

"""#,
    ]

    /// Built once from ``operations``: a client class per service with one method per simulated operation.
    static let boto3Source: String = {
        var text = #"""
__version__ = "1.34.145"

import _workbook_aws
from botocore.exceptions import ClientError, ParamValidationError, UnknownServiceError
from botocore.response import StreamingBody
from time import sleep as _sleep


def _parse_timestamps(value, names, local=False):
    # botocore turns the service's timestamps into datetimes: in tzutc from S3's ISO 8601 text, in tzlocal from the
    # epoch seconds of JSON protocols such as DynamoDB's (a Lambda environment's local zone is UTC). The modules are
    # imported at the first timestamp, so that importing boto3 stays as cheap as it was.
    import datetime as _datetime
    from dateutil.tz import tzlocal as _tzlocal, tzutc as _tzutc
    if isinstance(value, dict):
        for key in value:
            item = value[key]
            if key in names and isinstance(item, str):
                value[key] = _datetime.datetime(int(item[0:4]), int(item[5:7]), int(item[8:10]), int(item[11:13]),
                                                int(item[14:16]), int(item[17:19]),
                                                tzinfo=_tzlocal() if local else _tzutc())
            elif isinstance(item, (dict, list)):
                _parse_timestamps(item, names, local)
    elif isinstance(value, list):
        for item in value:
            _parse_timestamps(item, names, local)
    return value


class _Client(object):
    _service = None
    _simulated = ()
    _timestamps = ()
    _timestamp_operations = None

    @property
    def exceptions(self):
        from botocore.errorfactory import exceptions_for
        return exceptions_for(self._service)

    def _make_api_call(self, operation_name, api_params):
        ok, payload = _workbook_aws.call(self._service, operation_name, api_params)
        _sleep(_workbook_aws.wait())
        if not ok:
            if payload["Error"]["Code"] == "ParamValidationError":
                raise ParamValidationError(payload["Error"]["Message"])
            raise self.exceptions.from_code(payload["Error"]["Code"])(payload, operation_name)
        if self._timestamps and (self._timestamp_operations is None or operation_name in self._timestamp_operations):
            _parse_timestamps(payload, self._timestamps, self._service == "dynamodb")
        if "Body" in payload:
            payload["Body"] = StreamingBody(payload["Body"], len(payload["Body"]))
        if self._service == "lambda" and "Payload" in payload:
            payload["Payload"] = StreamingBody(payload["Payload"], len(payload["Payload"]))
        return payload

    def __getattr__(self, name):
        raise AttributeError(
            "'" + type(self).__name__ + "' object has no attribute '" + name + "'. "
            + "Lambda Workbook simulates these methods of boto3.client('" + self._service + "'): "
            + ", ".join(self._simulated) + "."
        )

"""#
        for (service, methods) in operations {
            let className = className(service)
            text += "\nclass \(className)(_Client):\n    _service = \"\(service)\"\n"
            text += "    _simulated = (" + methods.map { "\"\($0.method)\", " }.joined() + ")\n"
            if service == "s3" { text += "    _timestamps = (\"LastModified\",)\n" }
            if service == "dynamodb" {
                text += "    _timestamps = (\"CreationDateTime\", \"LastIncreaseDateTime\", \"LastDecreaseDateTime\", "
                    + "\"LastUpdateToPayPerRequestDateTime\")\n"
                text += "    _timestamp_operations = (\"DescribeTable\",)\n"
            }
            for (method, operation) in methods {
                if let custom = customMethods["\(service).\(method)"] {
                    text += custom
                } else {
                    text += "\n    def \(method)(self, **kwargs):\n        return self._make_api_call(\"\(operation)\", kwargs)\n"
                }
            }
            text += "\n"
        }
        let services = operations.map(\.service)
        let classes = operations.map { "\"\($0.service)\": \(className($0.service))" }
        text += #"""

_CLIENTS = {\#(classes.joined(separator: ", "))}


def client(service_name, *args, **kwargs):
    cls = _CLIENTS.get(service_name)
    if cls is None:
        raise UnknownServiceError(
            "Unknown service: '" + str(service_name) + "'. Lambda Workbook simulates these services: "
            + "\#(services.joined(separator: ", "))."
        )
    return cls()

"""#
        return text + resourceEntrySource
    }()
}
