// The Python half of the simulated runtime, run by MiniPython in every execution environment before the
// function's module: the context object and the log handler, shaped after the real runtime interface client
// (awslambdaric's LambdaContext and its root-logger handler with the `[LEVEL]\t<time>Z\t<request id>\t` format).

/// The module name and file of the simulated runtime (frames in it never appear in a function's stack trace).
enum LambdaRuntimeSource {
    static let moduleName = "_lambda_runtime"
    static let path = "/var/runtime/bootstrap.py"
    static let contextClass = "LambdaContext"
    static let requestIDGlobal = "_GLOBAL_AWS_REQUEST_ID"

    /// `context` as the Python runtime builds it: the environment's constants are read once (they are the
    /// environment's variables), the request's values per invocation.
    static let source = #"""
import logging
import os
import sys
import time

_GLOBAL_AWS_REQUEST_ID = None

_LOG_GROUP_NAME = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
_LOG_STREAM_NAME = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
_FUNCTION_NAME = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
_MEMORY_LIMIT_IN_MB = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
_FUNCTION_VERSION = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")


class CognitoIdentity(object):
    def __init__(self):
        self.cognito_identity_id = None
        self.cognito_identity_pool_id = None

    def __repr__(self):
        return (
            f"{self.__class__.__name__}(["
            f"cognito_identity_id={self.cognito_identity_id},"
            f"cognito_identity_pool_id={self.cognito_identity_pool_id}"
            "])"
        )


class LambdaContext(object):
    # What is the same for every invocation of the environment is kept on the class (the real runtime sets it on
    # each instance from os.environ); reading it from an instance gives the same values and types.
    log_group_name = _LOG_GROUP_NAME
    log_stream_name = _LOG_STREAM_NAME
    function_name = _FUNCTION_NAME
    memory_limit_in_mb = _MEMORY_LIMIT_IN_MB
    function_version = _FUNCTION_VERSION
    tenant_id = None
    client_context = None
    identity = CognitoIdentity()

    def __init__(self, invoke_id, invoked_function_arn, epoch_deadline_time_in_ms):
        self.aws_request_id = invoke_id
        self.invoked_function_arn = invoked_function_arn
        self._epoch_deadline_time_in_ms = epoch_deadline_time_in_ms

    def get_remaining_time_in_millis(self):
        epoch_now_in_ms = int(time.time() * 1000)
        delta_ms = self._epoch_deadline_time_in_ms - epoch_now_in_ms
        return delta_ms if delta_ms > 0 else 0

    def log(self, msg):
        sys.stdout.write(str(msg))

    def __repr__(self):
        return (
            f"{self.__class__.__name__}(["
            f"aws_request_id={self.aws_request_id},"
            f"log_group_name={self.log_group_name},"
            f"log_stream_name={self.log_stream_name},"
            f"function_name={self.function_name},"
            f"memory_limit_in_mb={self.memory_limit_in_mb},"
            f"function_version={self.function_version},"
            f"invoked_function_arn={self.invoked_function_arn},"
            f"client_context={self.client_context},"
            f"identity={self.identity},"
            f"tenant_id={self.tenant_id}"
            "])"
        )


class LambdaLoggerHandler(logging.Handler):
    def emit(self, record):
        sys.stdout.write(self.format(record))


class LambdaLoggerFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _GLOBAL_AWS_REQUEST_ID or ""
        record.tenant_id = None
        return True


def _setup_logging():
    handler = LambdaLoggerHandler()
    handler.setFormatter(
        logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
            "%Y-%m-%dT%H:%M:%S",
        )
    )
    handler.addFilter(LambdaLoggerFilter())
    logging.getLogger().addHandler(handler)


_setup_logging()


def _log_unhandled_warning():
    logging.warning(
        "LAMBDA_WARNING: Unhandled exception. "
        "The most likely cause is an issue in the function code. "
        "However, in rare cases, a Lambda runtime update can cause unexpected function behavior. "
        "For functions using managed runtimes, runtime updates can be triggered by a function change, or can be applied automatically. "
        "To determine if the runtime has been updated, check the runtime version in the INIT_START log entry. "
        "If this error correlates with a change in the runtime version, you may be able to mitigate this error by temporarily rolling back to the previous runtime version. "
        "For more information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html"
    )
"""#
}
