// The Python half of boto3's resource layer: `boto3.resource('dynamodb'/'s3')`, `boto3.dynamodb.conditions` and
// `boto3.dynamodb.types`, written for Lambda Workbook to behave as boto3 1.34 does. Every call goes through the
// clients of Boto3Source, so the execution role is enforced and errors are the clients' own.

extension Boto3Source {
    /// (module name, path, source) of the resource layer's modules, packages before their submodules.
    static let resourceModules: [(String, String, String)] = [
        ("boto3.exceptions", "/var/runtime/boto3/exceptions.py", exceptionsModuleSource),
        ("boto3.dynamodb", "/var/runtime/boto3/dynamodb/__init__.py", dynamodbPackageSource),
        ("boto3.dynamodb.types", "/var/runtime/boto3/dynamodb/types.py", dynamodbTypesSource),
        ("boto3.dynamodb.conditions", "/var/runtime/boto3/dynamodb/conditions.py", dynamodbConditionsSource),
        ("boto3.dynamodb.transform", "/var/runtime/boto3/dynamodb/transform.py", dynamodbTransformSource),
        ("boto3.resources", "/var/runtime/boto3/resources/__init__.py", resourcesPackageSource),
        ("boto3.resources.factory", "/var/runtime/boto3/resources/factory.py", resourcesFactorySource),
    ]

    /// `boto3.resource(...)`, added at the end of the `boto3` module.
    static let resourceEntrySource = #"""


def resource(service_name, *args, **kwargs):
    from boto3.resources.factory import create_service_resource
    return create_service_resource(service_name)
"""#

    /// boto3's own exceptions: the unknown resource, and the misuses of conditions.
    static let exceptionsModuleSource = #"""
class Boto3Error(Exception):
    """Base class for boto3's own errors."""


class ResourceLoadException(Boto3Error):
    pass


class ResourceNotExistsError(Boto3Error):
    """boto3.resource(name) for a service without a simulated resource."""

    def __init__(self, service_name, available_services, has_low_level_client):
        msg = (
            "The '" + service_name + "' resource does not exist.\n"
            + "The available resources are (Lambda Workbook simulates these):\n"
            + "   - " + "\n   - ".join(available_services) + "\n"
        )
        if has_low_level_client:
            msg += ("\nConsider using a boto3.client('" + service_name + "') instead of a resource for '"
                    + service_name + "'")
        Boto3Error.__init__(self, msg)


class DynamoDBOperationNotSupportedError(Boto3Error):
    """&, | or ~ applied to something that is not a condition."""

    def __init__(self, operation, value):
        Exception.__init__(
            self,
            operation + " operation cannot be applied to value " + str(value) + " of type " + str(type(value))
            + " directly. Must use AttributeBase object methods (i.e. Attr().eq()). to generate ConditionBase"
            + " instances first.",
        )


DynanmoDBOperationNotSupportedError = DynamoDBOperationNotSupportedError


class DynamoDBNeedsConditionError(Boto3Error):
    """A condition was expected and something else was given."""

    def __init__(self, value):
        Exception.__init__(
            self,
            "Expecting a ConditionBase object. Got " + str(value) + " of type " + str(type(value))
            + ". Use AttributeBase object methods (i.e. Attr().eq()). to generate ConditionBase instances.",
        )


class DynamoDBNeedsKeyConditionError(Boto3Error):
    pass
"""#

    /// The `boto3.dynamodb` package (its modules below).
    static let dynamodbPackageSource = #"""
"""#

    /// `TypeSerializer`/`TypeDeserializer`: plain Python values to DynamoDB's typed form and back, numbers as `Decimal` in DynamoDB's context.
    static let dynamodbTypesSource = #"""
from decimal import Clamped, Context, Decimal, Inexact, Overflow, Rounded, Underflow

STRING = "S"
NUMBER = "N"
BINARY = "B"
STRING_SET = "SS"
NUMBER_SET = "NS"
BINARY_SET = "BS"
NULL = "NULL"
BOOLEAN = "BOOL"
MAP = "M"
LIST = "L"

# DynamoDB's numbers: 38 significant digits, exponents from -128 to +126; anything that would round is an error.
DYNAMODB_CONTEXT = Context(Emin=-128, Emax=126, prec=38, traps=[Clamped, Overflow, Inexact, Rounded, Underflow])

BINARY_TYPES = (bytes,)


class Binary(object):
    """Bytes read from a B attribute (or given explicitly for one)."""

    def __init__(self, value):
        if not isinstance(value, BINARY_TYPES):
            raise TypeError("Value must be of the following types: " + ", ".join([str(t) for t in BINARY_TYPES]))
        self.value = value

    def __eq__(self, other):
        if isinstance(other, Binary):
            return self.value == other.value
        return self.value == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        return "Binary(%r)" % (self.value,)

    def __str__(self):
        return self.value

    def __bytes__(self):
        return self.value

    def __hash__(self):
        return hash(self.value)


class TypeSerializer(object):
    """Python values to DynamoDB's typed form: {'S': 'x'}, {'N': '5'}, {'M': {...}} ..."""

    def serialize(self, value):
        dynamodb_type = self._get_dynamodb_type(value)
        serializer = getattr(self, "_serialize_" + dynamodb_type.lower())
        return {dynamodb_type: serializer(value)}

    def _get_dynamodb_type(self, value):
        if self._is_null(value):
            return NULL
        if self._is_boolean(value):
            return BOOLEAN
        if self._is_number(value):
            return NUMBER
        if self._is_string(value):
            return STRING
        if self._is_binary(value):
            return BINARY
        if self._is_type_set(value, self._is_number):
            return NUMBER_SET
        if self._is_type_set(value, self._is_string):
            return STRING_SET
        if self._is_type_set(value, self._is_binary):
            return BINARY_SET
        if self._is_map(value):
            return MAP
        if self._is_listlike(value):
            return LIST
        raise TypeError('Unsupported type "%s" for value "%s"' % (type(value), value))

    def _is_null(self, value):
        return value is None

    def _is_boolean(self, value):
        return isinstance(value, bool)

    def _is_number(self, value):
        if isinstance(value, (int, Decimal)):
            return True
        if isinstance(value, float):
            raise TypeError("Float types are not supported. Use Decimal types instead.")
        return False

    def _is_string(self, value):
        return isinstance(value, str)

    def _is_binary(self, value):
        return isinstance(value, Binary) or isinstance(value, BINARY_TYPES)

    def _is_set(self, value):
        return isinstance(value, (set, frozenset))

    def _is_type_set(self, value, type_validator):
        if self._is_set(value):
            return False not in map(type_validator, value)
        return False

    def _is_map(self, value):
        return isinstance(value, dict)

    def _is_listlike(self, value):
        return isinstance(value, (list, tuple))

    def _serialize_null(self, value):
        return True

    def _serialize_bool(self, value):
        return value

    def _serialize_n(self, value):
        number = str(DYNAMODB_CONTEXT.create_decimal(value))
        if number in ["Infinity", "NaN"]:
            raise TypeError("Infinity and NaN not supported")
        return number

    def _serialize_s(self, value):
        return value

    def _serialize_b(self, value):
        if isinstance(value, Binary):
            return value.value
        return value

    def _serialize_ss(self, value):
        return [self._serialize_s(s) for s in value]

    def _serialize_ns(self, value):
        return [self._serialize_n(n) for n in value]

    def _serialize_bs(self, value):
        return [self._serialize_b(b) for b in value]

    def _serialize_l(self, value):
        return [self.serialize(v) for v in value]

    def _serialize_m(self, value):
        return dict([(k, self.serialize(v)) for k, v in value.items()])


class TypeDeserializer(object):
    """DynamoDB's typed form to Python values; numbers become decimal.Decimal, binary Binary."""

    def deserialize(self, value):
        if not value:
            raise TypeError("Value must be a nonempty dictionary whose key is a valid dynamodb type.")
        dynamodb_type = list(value.keys())[0]
        try:
            deserializer = getattr(self, "_deserialize_" + dynamodb_type.lower())
        except AttributeError:
            raise TypeError("Dynamodb type " + dynamodb_type + " is not supported")
        return deserializer(value[dynamodb_type])

    def _deserialize_null(self, value):
        return None

    def _deserialize_bool(self, value):
        return value

    def _deserialize_n(self, value):
        return DYNAMODB_CONTEXT.create_decimal(value)

    def _deserialize_s(self, value):
        return value

    def _deserialize_b(self, value):
        return Binary(value)

    def _deserialize_ns(self, value):
        return set(map(self._deserialize_n, value))

    def _deserialize_ss(self, value):
        return set(map(self._deserialize_s, value))

    def _deserialize_bs(self, value):
        return set(map(self._deserialize_b, value))

    def _deserialize_l(self, value):
        return [self.deserialize(v) for v in value]

    def _deserialize_m(self, value):
        return dict([(k, self.deserialize(v)) for k, v in value.items()])
"""#

    /// `Key`/`Attr` conditions and the builder that turns them into expressions with `#n0`/`:v0` placeholders.
    static let dynamodbConditionsSource = #"""
import re
from collections import namedtuple

from boto3.exceptions import (
    DynamoDBNeedsConditionError,
    DynamoDBNeedsKeyConditionError,
    DynamoDBOperationNotSupportedError,
)

# The parts of an attribute path that get a name placeholder: `a.b[2].c` -> a, b, c (list indexes stay as they are).
ATTR_NAME_REGEX = re.compile(r"[^.\[\]]+(?![^\[]*\])")


class ConditionBase(object):
    """A condition: an operator applied to attributes, values and other conditions, combined with & | ~."""

    expression_format = ""
    expression_operator = ""
    has_grouped_values = False

    def __init__(self, *values):
        self._values = values

    def __and__(self, other):
        if not isinstance(other, ConditionBase):
            raise DynamoDBOperationNotSupportedError("AND", other)
        return And(self, other)

    def __or__(self, other):
        if not isinstance(other, ConditionBase):
            raise DynamoDBOperationNotSupportedError("OR", other)
        return Or(self, other)

    def __invert__(self):
        return Not(self)

    def get_expression(self):
        return {"format": self.expression_format, "operator": self.expression_operator, "values": self._values}

    def __eq__(self, other):
        return isinstance(other, type(self)) and self._values == other._values

    def __ne__(self, other):
        return not self.__eq__(other)


class AttributeBase(object):
    """A named attribute; its methods make conditions."""

    def __init__(self, name):
        self.name = name

    def __and__(self, value):
        raise DynamoDBOperationNotSupportedError("AND", self)

    def __or__(self, value):
        raise DynamoDBOperationNotSupportedError("OR", self)

    def __invert__(self):
        raise DynamoDBOperationNotSupportedError("NOT", self)

    def eq(self, value):
        return Equals(self, value)

    def lt(self, value):
        return LessThan(self, value)

    def lte(self, value):
        return LessThanEquals(self, value)

    def gt(self, value):
        return GreaterThan(self, value)

    def gte(self, value):
        return GreaterThanEquals(self, value)

    def begins_with(self, value):
        return BeginsWith(self, value)

    def between(self, low_value, high_value):
        return Between(self, low_value, high_value)

    def __eq__(self, other):
        return isinstance(other, type(self)) and self.name == other.name

    def __ne__(self, other):
        return not self.__eq__(other)


class ConditionAttributeBase(ConditionBase, AttributeBase):
    """A condition that is also an operand (size(x)): compare it with eq(), lt() and so on."""

    def __init__(self, *values):
        ConditionBase.__init__(self, *values)
        AttributeBase.__init__(self, values[0].name)

    def __eq__(self, other):
        return ConditionBase.__eq__(self, other) and AttributeBase.__eq__(self, other)

    def __ne__(self, other):
        return not self.__eq__(other)


class ComparisonCondition(ConditionBase):
    expression_format = "{0} {operator} {1}"


class Equals(ComparisonCondition):
    expression_operator = "="


class NotEquals(ComparisonCondition):
    expression_operator = "<>"


class LessThan(ComparisonCondition):
    expression_operator = "<"


class LessThanEquals(ComparisonCondition):
    expression_operator = "<="


class GreaterThan(ComparisonCondition):
    expression_operator = ">"


class GreaterThanEquals(ComparisonCondition):
    expression_operator = ">="


class In(ComparisonCondition):
    expression_operator = "IN"
    has_grouped_values = True


class Between(ConditionBase):
    expression_operator = "BETWEEN"
    expression_format = "{0} {operator} {1} AND {2}"


class BeginsWith(ConditionBase):
    expression_operator = "begins_with"
    expression_format = "{operator}({0}, {1})"


class Contains(ConditionBase):
    expression_operator = "contains"
    expression_format = "{operator}({0}, {1})"


class Size(ConditionAttributeBase):
    expression_operator = "size"
    expression_format = "{operator}({0})"


class AttributeType(ConditionBase):
    expression_operator = "attribute_type"
    expression_format = "{operator}({0}, {1})"


class AttributeExists(ConditionBase):
    expression_operator = "attribute_exists"
    expression_format = "{operator}({0})"


class AttributeNotExists(ConditionBase):
    expression_operator = "attribute_not_exists"
    expression_format = "{operator}({0})"


class And(ConditionBase):
    expression_operator = "AND"
    expression_format = "({0} {operator} {1})"


class Or(ConditionBase):
    expression_operator = "OR"
    expression_format = "({0} {operator} {1})"


class Not(ConditionBase):
    expression_operator = "NOT"
    expression_format = "({operator} {0})"


class Key(AttributeBase):
    """A key attribute, for KeyConditionExpression."""


class Attr(AttributeBase):
    """Any attribute of an item, for FilterExpression and ConditionExpression."""

    def ne(self, value):
        return NotEquals(self, value)

    def is_in(self, value):
        return In(self, value)

    def exists(self):
        return AttributeExists(self)

    def not_exists(self):
        return AttributeNotExists(self)

    def contains(self, value):
        return Contains(self, value)

    def size(self):
        return Size(self)

    def attribute_type(self, value):
        return AttributeType(self, value)


BuiltConditionExpression = namedtuple(
    "BuiltConditionExpression",
    ["condition_expression", "attribute_name_placeholders", "attribute_value_placeholders"],
)


class ConditionExpressionBuilder(object):
    """Turns a condition into expression text with #n0 name and :v0 value placeholders, numbered until reset()."""

    def __init__(self):
        self._name_count = 0
        self._value_count = 0
        self._name_placeholder = "n"
        self._value_placeholder = "v"

    def _get_name_placeholder(self):
        return "#" + self._name_placeholder + str(self._name_count)

    def _get_value_placeholder(self):
        return ":" + self._value_placeholder + str(self._value_count)

    def reset(self):
        self._name_count = 0
        self._value_count = 0

    def build_expression(self, condition, is_key_condition=False):
        if not isinstance(condition, ConditionBase):
            raise DynamoDBNeedsConditionError(condition)
        names = {}
        values = {}
        expression = self._build_expression(condition, names, values, is_key_condition)
        return BuiltConditionExpression(
            condition_expression=expression, attribute_name_placeholders=names, attribute_value_placeholders=values
        )

    def _build_expression(self, condition, names, values, is_key_condition):
        expression = condition.get_expression()
        parts = [
            self._build_expression_component(value, names, values, condition.has_grouped_values, is_key_condition)
            for value in expression["values"]
        ]
        return expression["format"].format(*parts, operator=expression["operator"])

    def _build_expression_component(self, value, names, values, has_grouped_values, is_key_condition):
        if isinstance(value, ConditionBase):
            return self._build_expression(value, names, values, is_key_condition)
        if isinstance(value, AttributeBase):
            if is_key_condition and not isinstance(value, Key):
                raise DynamoDBNeedsKeyConditionError(
                    "Attribute object " + value.name + " is of type " + str(type(value)) + ". "
                    + "KeyConditionExpression only supports Attribute objects of type Key"
                )
            return self._build_name_placeholder(value, names)
        return self._build_value_placeholder(value, values, has_grouped_values)

    def _build_name_placeholder(self, value, names):
        attribute_name = value.name
        template = ATTR_NAME_REGEX.sub("%s", attribute_name)
        placeholders = []
        for part in ATTR_NAME_REGEX.findall(attribute_name):
            placeholder = self._get_name_placeholder()
            self._name_count += 1
            placeholders.append(placeholder)
            names[placeholder] = part
        return template % tuple(placeholders)

    def _build_value_placeholder(self, value, values, has_grouped_values=False):
        if has_grouped_values:
            placeholders = []
            for item in value:
                placeholder = self._get_value_placeholder()
                self._value_count += 1
                placeholders.append(placeholder)
                values[placeholder] = item
            return "(" + ", ".join(placeholders) + ")"
        placeholder = self._get_value_placeholder()
        self._value_count += 1
        values[placeholder] = value
        return placeholder
"""#

    /// What the DynamoDB resource's client does around each call: conditions built, values serialized, answers deserialized.
    static let dynamodbTransformSource = #"""
from botocore.exceptions import ParamValidationError
from boto3.dynamodb.conditions import ConditionBase, ConditionExpressionBuilder
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer

# The request members whose shape is a condition (built with the same counters: conditions first, then the key
# condition), and the members holding attribute values, as in DynamoDB's service model.
_CONDITION_MEMBERS = ("ConditionExpression", "FilterExpression")
_KEY_CONDITION_MEMBERS = ("KeyConditionExpression",)
_EXPRESSION_MEMBERS = _CONDITION_MEMBERS + _KEY_CONDITION_MEMBERS
_INPUT_MAPS = ("ExclusiveStartKey", "ExpressionAttributeValues", "Item", "Key")
_OUTPUT_MAPS = ("Attributes", "Item", "LastEvaluatedKey")
_OUTPUT_LISTS = ("Items",)


class TransformationInjector(object):
    """What the DynamoDB resource's client does around each call: build conditions, serialize plain Python values
    into DynamoDB's typed form, and deserialize the answer."""

    def __init__(self):
        self._condition_builder = ConditionExpressionBuilder()
        self._serializer = TypeSerializer()
        self._deserializer = TypeDeserializer()

    def transform_request(self, params):
        params = dict(params)
        for member in ("ExpressionAttributeNames", "ExpressionAttributeValues"):
            if isinstance(params.get(member), dict):
                params[member] = dict(params[member])
        self._condition_builder.reset()
        names = {}
        values = {}
        for members, is_key_condition in ((_CONDITION_MEMBERS, False), (_KEY_CONDITION_MEMBERS, True)):
            for member in list(params):
                if member in members and isinstance(params[member], ConditionBase):
                    built = self._condition_builder.build_expression(params[member], is_key_condition=is_key_condition)
                    names.update(built.attribute_name_placeholders)
                    values.update(built.attribute_value_placeholders)
                    params[member] = built.condition_expression
        if "ExpressionAttributeNames" in params:
            params["ExpressionAttributeNames"].update(names)
        elif names:
            params["ExpressionAttributeNames"] = names
        if "ExpressionAttributeValues" in params:
            params["ExpressionAttributeValues"].update(values)
        elif values:
            params["ExpressionAttributeValues"] = values
        for member in list(params):
            value = params[member]
            if member in _EXPRESSION_MEMBERS and not isinstance(value, str):
                raise ParamValidationError(
                    "Invalid type for parameter " + member + ", value: " + str(value) + ", type: "
                    + str(type(value)) + ", valid types: <class 'str'>"
                )
            if member in _INPUT_MAPS and isinstance(value, dict):
                params[member] = dict([(k, self._serializer.serialize(v)) for k, v in value.items()])
        return params

    def transform_response(self, response):
        for member in _OUTPUT_MAPS:
            if isinstance(response.get(member), dict):
                response[member] = dict([(k, self._deserializer.deserialize(v)) for k, v in response[member].items()])
        for member in _OUTPUT_LISTS:
            if isinstance(response.get(member), list):
                response[member] = [
                    dict([(k, self._deserializer.deserialize(v)) for k, v in item.items()]) for item in response[member]
                ]
        return response
"""#

    /// The `boto3.resources` package.
    static let resourcesPackageSource = #"""
"""#

    /// The simulated resources: `dynamodb` (`Table`) and `s3` (`Bucket`, `Object`, `ObjectSummary`, `Bucket.objects`).
    static let resourcesFactorySource = #"""
import boto3
from boto3.exceptions import ResourceLoadException, ResourceNotExistsError
from boto3.dynamodb.transform import TransformationInjector


class ResourceMeta(object):
    """A resource's `meta`: its service, its client, its identifiers and the data loaded for it (None until loaded)."""

    def __init__(self, service_name, client, identifiers):
        self.service_name = service_name
        self.client = client
        self.identifiers = identifiers
        self.data = None

    def __repr__(self):
        return "ResourceMeta(" + repr(self.service_name) + ", identifiers=" + repr(self.identifiers) + ")"


class ServiceResource(object):
    """What every simulated resource shares: identifiers, attributes loaded on first use, and a clear error for
    anything that is not simulated."""

    _label = "ServiceResource"
    _identifiers = ()
    _loaded = ()
    _methods = ()

    def _setup(self, service_name, client, values):
        self.meta = ResourceMeta(service_name, client, list(self._identifiers))
        for name, value in zip(self._identifiers, values):
            if value is None:
                raise ValueError("Required parameter " + name + " not set")
            setattr(self, name, value)

    def _identifier_values(self):
        return tuple([getattr(self, name) for name in self._identifiers])

    def _load_from(self, data):
        self.meta.data = data

    def reload(self):
        self.load()

    def __getattr__(self, name):
        if name == "meta" or name.startswith("__"):
            raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")
        for attribute, member in self._loaded:
            if attribute == name:
                if self.meta.data is None:
                    self.load()
                return self.meta.data.get(member)
        names = sorted(list(self._identifiers) + [a for a, _ in self._loaded] + list(self._methods) + ["meta"])
        raise AttributeError(
            "'" + self.meta.service_name + "." + self._label + "' object has no attribute '" + name + "'. "
            + "Lambda Workbook simulates these attributes and methods of " + self._described() + ": " + ", ".join(names) + "."
        )

    def _described(self):
        return self.meta.service_name + "." + self._label

    def __repr__(self):
        parts = [name + "=" + repr(getattr(self, name)) for name in self._identifiers]
        return self.meta.service_name + "." + self._label + "(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        if not isinstance(other, ServiceResource) or other._label != self._label:
            return False
        return self._identifier_values() == other._identifier_values()

    def __hash__(self):
        return hash((self._label,) + self._identifier_values())


# DynamoDB ------------------------------------------------------------------------------------------------------------

_DYNAMODB_CLIENT_BASE = boto3._CLIENTS["dynamodb"]


class DynamoDB(_DYNAMODB_CLIENT_BASE):
    """The client of boto3.resource('dynamodb'): like boto3.client('dynamodb'), but it takes and gives plain
    Python values and builds Key/Attr conditions, as boto3's resource registers on its client."""

    def __init__(self):
        self._injector = TransformationInjector()

    def _make_api_call(self, operation_name, api_params):
        params = self._injector.transform_request(api_params)
        return self._injector.transform_response(_DYNAMODB_CLIENT_BASE._make_api_call(self, operation_name, params))


class DynamoDBServiceResource(ServiceResource):
    _methods = ("Table",)

    def __init__(self, client):
        self._setup("dynamodb", client, ())

    def Table(self, name):
        return Table(name, client=self.meta.client)

    def _described(self):
        return "boto3.resource('dynamodb')"


_TABLE_ATTRIBUTES = (
    ("archival_summary", "ArchivalSummary"), ("attribute_definitions", "AttributeDefinitions"),
    ("billing_mode_summary", "BillingModeSummary"), ("creation_date_time", "CreationDateTime"),
    ("deletion_protection_enabled", "DeletionProtectionEnabled"), ("global_secondary_indexes", "GlobalSecondaryIndexes"),
    ("global_table_version", "GlobalTableVersion"), ("item_count", "ItemCount"), ("key_schema", "KeySchema"),
    ("latest_stream_arn", "LatestStreamArn"), ("latest_stream_label", "LatestStreamLabel"),
    ("local_secondary_indexes", "LocalSecondaryIndexes"), ("provisioned_throughput", "ProvisionedThroughput"),
    ("replicas", "Replicas"), ("restore_summary", "RestoreSummary"), ("sse_description", "SSEDescription"),
    ("stream_specification", "StreamSpecification"), ("table_arn", "TableArn"), ("table_class_summary", "TableClassSummary"),
    ("table_id", "TableId"), ("table_name", "TableName"), ("table_size_bytes", "TableSizeBytes"),
    ("table_status", "TableStatus"),
)


class Table(ServiceResource):
    _label = "Table"
    _identifiers = ("name",)
    _loaded = _TABLE_ATTRIBUTES
    _methods = ("delete_item", "get_item", "load", "put_item", "query", "reload", "scan", "update_item")

    def __init__(self, name, client=None):
        self._setup("dynamodb", client if client is not None else DynamoDB(), (name,))

    def _call(self, method, kwargs):
        params = {"TableName": self.name}
        params.update(kwargs)
        return getattr(self.meta.client, method)(**params)

    def load(self):
        response = self.meta.client.describe_table(TableName=self.name)
        self.meta.data = response["Table"]

    def put_item(self, **kwargs):
        return self._call("put_item", kwargs)

    def get_item(self, **kwargs):
        return self._call("get_item", kwargs)

    def update_item(self, **kwargs):
        return self._call("update_item", kwargs)

    def delete_item(self, **kwargs):
        return self._call("delete_item", kwargs)

    def query(self, **kwargs):
        return self._call("query", kwargs)

    def scan(self, **kwargs):
        return self._call("scan", kwargs)


# S3 ------------------------------------------------------------------------------------------------------------------

_OBJECT_ATTRIBUTES = (
    ("accept_ranges", "AcceptRanges"), ("archive_status", "ArchiveStatus"), ("bucket_key_enabled", "BucketKeyEnabled"),
    ("cache_control", "CacheControl"), ("checksum_crc32", "ChecksumCRC32"), ("checksum_crc32_c", "ChecksumCRC32C"),
    ("checksum_sha1", "ChecksumSHA1"), ("checksum_sha256", "ChecksumSHA256"),
    ("content_disposition", "ContentDisposition"), ("content_encoding", "ContentEncoding"),
    ("content_language", "ContentLanguage"), ("content_length", "ContentLength"), ("content_type", "ContentType"),
    ("delete_marker", "DeleteMarker"), ("e_tag", "ETag"), ("expiration", "Expiration"), ("expires", "Expires"),
    ("last_modified", "LastModified"), ("metadata", "Metadata"), ("missing_meta", "MissingMeta"),
    ("object_lock_legal_hold_status", "ObjectLockLegalHoldStatus"), ("object_lock_mode", "ObjectLockMode"),
    ("object_lock_retain_until_date", "ObjectLockRetainUntilDate"), ("parts_count", "PartsCount"),
    ("replication_status", "ReplicationStatus"), ("request_charged", "RequestCharged"), ("restore", "Restore"),
    ("server_side_encryption", "ServerSideEncryption"), ("sse_customer_algorithm", "SSECustomerAlgorithm"),
    ("sse_customer_key_md5", "SSECustomerKeyMD5"), ("ssekms_key_id", "SSEKMSKeyId"), ("storage_class", "StorageClass"),
    ("version_id", "VersionId"), ("website_redirect_location", "WebsiteRedirectLocation"),
)

_OBJECT_SUMMARY_ATTRIBUTES = (
    ("checksum_algorithm", "ChecksumAlgorithm"), ("e_tag", "ETag"), ("last_modified", "LastModified"),
    ("owner", "Owner"), ("restore_status", "RestoreStatus"), ("size", "Size"), ("storage_class", "StorageClass"),
)


class S3ServiceResource(ServiceResource):
    _methods = ("Bucket", "Object", "ObjectSummary")

    def __init__(self, client):
        self._setup("s3", client, ())

    def Bucket(self, name):
        return Bucket(name, client=self.meta.client)

    def Object(self, bucket_name, key):
        return Object(bucket_name, key, client=self.meta.client)

    def ObjectSummary(self, bucket_name, key):
        return ObjectSummary(bucket_name, key, client=self.meta.client)

    def _described(self):
        return "boto3.resource('s3')"


class Bucket(ServiceResource):
    _label = "Bucket"
    _identifiers = ("name",)
    _methods = ("Object", "load", "objects", "put_object", "reload")

    def __init__(self, name, client=None):
        self._setup("s3", client if client is not None else boto3.client("s3"), (name,))
        self.objects = ObjectsCollectionManager(self)

    def Object(self, key):
        return Object(self.name, key, client=self.meta.client)

    def load(self):
        # boto3 loads a bucket's creation_date from ListBuckets, which Lambda Workbook does not simulate.
        raise ResourceLoadException(
            type(self).__name__ + " has no load method in Lambda Workbook: boto3 loads it with ListBuckets, which is "
            + "not simulated."
        )

    def put_object(self, **kwargs):
        params = {"Bucket": self.name}
        params.update(kwargs)
        self.meta.client.put_object(**params)
        return Object(self.name, params.get("Key"), client=self.meta.client)


class _ObjectActions(ServiceResource):
    """get, put, delete and copy_from: the object actions Object and ObjectSummary share."""

    def _call(self, method, kwargs):
        params = {"Bucket": self.bucket_name, "Key": self.key}
        params.update(kwargs)
        return getattr(self.meta.client, method)(**params)

    def get(self, **kwargs):
        return self._call("get_object", kwargs)

    def put(self, **kwargs):
        return self._call("put_object", kwargs)

    def delete(self, **kwargs):
        return self._call("delete_object", kwargs)

    def copy_from(self, **kwargs):
        return self._call("copy_object", kwargs)

    def Bucket(self):
        return Bucket(self.bucket_name, client=self.meta.client)


class Object(_ObjectActions):
    _label = "Object"
    _identifiers = ("bucket_name", "key")
    _loaded = _OBJECT_ATTRIBUTES
    _methods = ("Bucket", "copy_from", "delete", "get", "load", "put", "reload")

    def __init__(self, bucket_name, key, client=None):
        self._setup("s3", client if client is not None else boto3.client("s3"), (bucket_name, key))

    def load(self):
        response = self.meta.client.head_object(Bucket=self.bucket_name, Key=self.key)
        self.meta.data = response


class ObjectSummary(_ObjectActions):
    _label = "ObjectSummary"
    _identifiers = ("bucket_name", "key")
    _loaded = _OBJECT_SUMMARY_ATTRIBUTES
    _methods = ("Bucket", "Object", "copy_from", "delete", "get", "load", "put", "reload")

    def __init__(self, bucket_name, key, client=None):
        self._setup("s3", client if client is not None else boto3.client("s3"), (bucket_name, key))

    def Object(self):
        return Object(self.bucket_name, self.key, client=self.meta.client)

    def load(self):
        # An ObjectSummary has no load of its own in the S3 model; boto3 adds one that asks HeadObject.
        response = self.meta.client.head_object(Bucket=self.bucket_name, Key=self.key)
        data = dict(response)
        data["Size"] = data.get("ContentLength")
        self.meta.data = data


class ObjectsCollection(object):
    """Bucket(...).objects.all() / .filter(...): ObjectSummary for each key, page after page of ListObjects."""

    def __init__(self, bucket, params, limit=None, page_size=None):
        self._bucket = bucket
        self._params = params
        self._limit = limit
        self._page_size = page_size

    def _clone(self, params=None, limit=None, page_size=None):
        merged = dict(self._params)
        merged.update(params or {})
        return ObjectsCollection(self._bucket, merged, limit if limit is not None else self._limit,
                                 page_size if page_size is not None else self._page_size)

    def all(self):
        return self._clone()

    def filter(self, **kwargs):
        return self._clone(kwargs)

    def limit(self, count):
        return self._clone(limit=count)

    def page_size(self, count):
        return self._clone(page_size=count)

    def pages(self):
        client = self._bucket.meta.client
        params = {"Bucket": self._bucket.name}
        params.update(self._params)
        if self._page_size is not None:
            params["MaxKeys"] = self._page_size
        pages = []
        count = 0
        while True:
            response = client.list_objects(**params)
            contents = response.get("Contents", [])
            page = []
            for entry in contents:
                if self._limit is not None and count >= self._limit:
                    break
                summary = ObjectSummary(self._bucket.name, entry["Key"], client=client)
                summary.meta.data = entry
                page.append(summary)
                count += 1
            pages.append(page)
            if not response.get("IsTruncated") or not contents or (self._limit is not None and count >= self._limit):
                return pages
            params["Marker"] = response.get("NextMarker") or contents[-1]["Key"]

    def __iter__(self):
        items = []
        for page in self.pages():
            items.extend(page)
        return iter(items)

    def __getattr__(self, name):
        return _collection_attribute_error(self, "s3.Bucket.objectsCollection", name)

    def __repr__(self):
        return "s3.Bucket.objectsCollection(" + repr(self._bucket) + ", s3.ObjectSummary)"


class ObjectsCollectionManager(object):
    """Bucket(...).objects."""

    def __init__(self, bucket):
        self._bucket = bucket

    def all(self):
        return ObjectsCollection(self._bucket, {})

    def filter(self, **kwargs):
        return ObjectsCollection(self._bucket, kwargs)

    def limit(self, count):
        return ObjectsCollection(self._bucket, {}, limit=count)

    def page_size(self, count):
        return ObjectsCollection(self._bucket, {}, page_size=count)

    def pages(self):
        return ObjectsCollection(self._bucket, {}).pages()

    def __getattr__(self, name):
        return _collection_attribute_error(self, "s3.Bucket.objectsCollectionManager", name)

    def __repr__(self):
        return "s3.Bucket.objectsCollectionManager(" + repr(self._bucket) + ", s3.ObjectSummary)"


def _collection_attribute_error(collection, label, name):
    if name.startswith("__"):
        raise AttributeError("'" + type(collection).__name__ + "' object has no attribute '" + name + "'")
    raise AttributeError(
        "'" + label + "' object has no attribute '" + name + "'. Lambda Workbook simulates these methods of "
        + "Bucket(...).objects: all, filter, limit, page_size, pages (and iterating over them)."
    )


# boto3 names its resource classes after the service ("dynamodb.Table"), which `type(table)` shows.
DynamoDBServiceResource = type("dynamodb.ServiceResource", (DynamoDBServiceResource,), {})
Table = type("dynamodb.Table", (Table,), {})
S3ServiceResource = type("s3.ServiceResource", (S3ServiceResource,), {})
Bucket = type("s3.Bucket", (Bucket,), {})
Object = type("s3.Object", (Object,), {})
ObjectSummary = type("s3.ObjectSummary", (ObjectSummary,), {})

_RESOURCES = {"dynamodb": lambda: DynamoDBServiceResource(DynamoDB()), "s3": lambda: S3ServiceResource(boto3.client("s3"))}


def create_service_resource(service_name):
    make = _RESOURCES.get(service_name)
    if make is None:
        raise ResourceNotExistsError(str(service_name), sorted(_RESOURCES), service_name in boto3._CLIENTS)
    return make()
"""#
}
