/// The `lab` module as checks import it: Python classes over the native `_lab` functions.
///
/// MiniPython's native modules expose functions that take and return plain values, so the result
/// objects lessons read (`result.payload`, `record.cold`, `config.memory_size`, `decision.allowed`)
/// are built here, in Python, from the dicts the native functions return. The documented API is
/// lessons/README.md ("Checks and the `lab` module"); keep the two in step.
enum LabPythonSource {
    static let moduleName = "lab"
    static let path = "<lab>"

    static let text = #"""
"""Assertions against the simulated cloud, for lesson checks (see lessons/README.md)."""
import json
import _lab


class _Value:
    _kind = "Value"

    def __init__(self, fields):
        for key in fields:
            setattr(self, key, fields[key])
        self._keys = list(fields)

    def __repr__(self):
        return self._kind + "(" + ", ".join(k + "=" + repr(getattr(self, k)) for k in self._keys) + ")"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, k) == getattr(other, k) for k in self._keys)


class InvokeResult(_Value):
    _kind = "InvokeResult"


class Invocation(_Value):
    _kind = "Invocation"


class Configuration(_Value):
    _kind = "Configuration"


class Decision(_Value):
    _kind = "Decision"


def _decode(text):
    if text == "":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def invoke(function, event=None, qualifier=None, invocation_type="RequestResponse"):
    if invocation_type not in ("RequestResponse", "Event", "DryRun"):
        raise ValueError("invocation_type must be 'RequestResponse', 'Event' or 'DryRun', not " + repr(invocation_type))
    if qualifier is not None:
        qualifier = str(qualifier)
    fields = _lab.invoke(str(function), None if event is None else json.dumps(event), qualifier, invocation_type)
    fields["payload"] = _decode(fields["raw_payload"])
    return InvokeResult(fields)


def invocations(function=None):
    return [Invocation(fields) for fields in _lab.invocations(function)]


def last_invocation(function=None):
    records = _lab.invocations(function)
    if not records:
        return None
    return Invocation(records[-1])


def logs(function, request_id=None):
    return _lab.logs(str(function), request_id)


def report(function, request_id=None):
    return _lab.report(str(function), request_id)


def functions():
    return _lab.functions()


def function(name, qualifier=None):
    if qualifier is not None:
        qualifier = str(qualifier)
    fields = _lab.function(str(name), qualifier)
    if fields is None:
        return None
    if fields["resource_policy"] is not None:
        fields["resource_policy"] = json.loads(fields["resource_policy"])
    return Configuration(fields)


def versions(name):
    return _lab.versions(str(name))


def aliases(name):
    return _lab.aliases(str(name))


def role(name):
    fields = _lab.role(str(name))
    if fields is None:
        return None
    fields["trust_policy"] = json.loads(fields["trust_policy"])
    inline = {}
    for policy_name in fields["inline_policies"]:
        inline[policy_name] = json.loads(fields["inline_policies"][policy_name])
    fields["inline_policies"] = inline
    return fields


def simulate(principal, action, resource, context=None):
    if context is None:
        context = {}
    pairs = []
    for key in context:
        value = context[key]
        if isinstance(value, (list, tuple)):
            pairs.append([str(key), [str(v) for v in value]])
        else:
            pairs.append([str(key), [str(value)]])
    return Decision(_lab.simulate(str(principal), str(action), str(resource), pairs))


def s3_object(bucket, key):
    return _lab.s3_object(str(bucket), str(key))


def dynamodb_items(table):
    return _lab.dynamodb_items(str(table))


def now():
    return _lab.now()


def now_iso():
    return _lab.now_iso()


def advance(duration):
    if isinstance(duration, bool) or not isinstance(duration, (int, float, str)):
        raise TypeError("advance() takes a duration such as '90s', '2m' or a number of milliseconds")
    if not isinstance(duration, str):
        duration = int(duration)
    _lab.advance(duration)


def files():
    return _lab.files()


def exists(path):
    return _lab.exists(str(path))


def read(path):
    return _lab.read(str(path))


def fail(message):
    raise AssertionError(str(message))
"""#
}
