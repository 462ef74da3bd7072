// uuid, written in Python and run by MiniPython itself (random bytes come from the seeded os.urandom).

let uuidSource = #"""
import os

int_ = int
bytes_ = bytes

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = ['reserved for NCS compatibility', 'specified in RFC 4122', 'reserved for Microsoft compatibility', 'reserved for future definition']

class UUID:
    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=None):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(hex, 16)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = int_.from_bytes(bytes, 'big')
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented
    def __hash__(self):
        return hash(self.int)
    def __int__(self):
        return self.int
    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))
    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')
    def __str__(self):
        hex = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])
    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')
    @property
    def hex(self):
        return '%032x' % self.int
    @property
    def urn(self):
        return 'urn:uuid:' + str(self)
    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        else:
            return RESERVED_FUTURE
    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)

def uuid4():
    return UUID(bytes=os.urandom(16), version=4)

def uuid3(namespace, name):
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    from hashlib import md5
    return UUID(bytes=md5(namespace.bytes + name).digest()[:16], version=3)

def uuid5(namespace, name):
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    from hashlib import sha1
    return UUID(bytes=sha1(namespace.bytes + name).digest()[:16], version=5)

NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
"""#
