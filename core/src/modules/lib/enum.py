"""Enumerations: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`, `unique`.

Written in Python. The metaclass `EnumType` turns the class body's plain attributes
into members after the body has run (the namespace keeps definition order), so no
special namespace object is needed; lookups by value go through `EnumType.__call__`.
"""

__all__ = [
    "EnumType",
    "EnumMeta",
    "Enum",
    "IntEnum",
    "StrEnum",
    "Flag",
    "IntFlag",
    "ReprEnum",
    "auto",
    "unique",
    "property",
    "verify",
    "member",
    "nonmember",
    "global_enum",
]

_builtin_property = property


class auto:
    """Placeholder for a value chosen by `_generate_next_value_`."""

    _counter = 0

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


_FunctionType = type(_is_dunder)


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, classmethod, staticmethod, _builtin_property)):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return name.startswith(pattern) and not name.endswith("__")


_enum_base_defined = False


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, bytes, tuple):
                return base
    return object


def _find_enum_base(bases):
    """The enum class whose methods a new enum keeps: the last enum base, as in
    `class IntFlag(int, ReprEnum, Flag)`."""
    for b in reversed(bases):
        if isinstance(b, EnumType):
            return b
    return None


def _keep_enum_methods(enum_class, enum_base, body):
    """A mixed-in data type must not take over repr() and friends from Enum."""
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in body:
            continue
        for klass in enum_class.__mro__:
            if name in klass.__dict__:
                if not isinstance(klass, EnumType):
                    type.__setattr__(enum_class, name, getattr(enum_base, name))
                break


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not _enum_base_defined:
            enum_class = type.__new__(metacls, cls, bases, dict(classdict), **kwds)
            enum_class._member_names_ = []
            enum_class._member_map_ = {}
            enum_class._value2member_map_ = {}
            enum_class._member_type_ = object
            return enum_class
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, b))
        member_type = _find_data_type(bases)
        enum_base = _find_enum_base(bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        body = {}
        for key, value in list(classdict.items()):
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                members.append((key, value.value))
            elif (
                _is_dunder(key)
                or _is_sunder(key)
                or _is_private(cls, key)
                or _is_descriptor(value)
                or isinstance(value, type)
            ):
                body[key] = value
            else:
                members.append((key, value))
        names = [k for k, _ in members]
        for k in names:
            if k in ("mro", ""):
                raise ValueError("Invalid enum member name: %r" % k)
        custom_new = body.pop("__new__", None)
        if custom_new is not None and isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        if custom_new is not None:
            body["_new_member_"] = custom_new
        enum_class = type.__new__(metacls, cls, bases, body, **kwds)
        _keep_enum_methods(enum_class, enum_base, body)
        new_member = getattr(enum_class, "_new_member_", None)
        if new_member is None:
            new_member = object.__new__ if member_type is object else member_type.__new__
        gen = enum_class._generate_next_value_
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(enum_class._member_names_), last_values[:]) if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value, new_member, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
        return enum_class

    def _add_member_(cls, name, value, new_member, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is object.__new__:
            obj = object.__new__(cls)
        else:
            obj = new_member(cls, *args)
        if not hasattr(obj, "_value_"):
            if member_type is object:
                obj._value_ = value
            else:
                try:
                    obj._value_ = member_type(*args)
                except Exception:
                    obj._value_ = value
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj.__init__(*args)
        canonical = None
        for m in cls._member_map_.values():
            if m._value_ == value:
                canonical = m
                break
        if canonical is not None:
            obj = canonical
        elif Flag is None or not issubclass(cls, Flag) or _power_of_two(value):
            # multi-bit and zero flags are aliases: not listed when iterating
            cls._member_names_.append(name)
        cls._member_map_[name] = obj
        type.__setattr__(cls, name, obj)
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result)
        )

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        body = {}
        if isinstance(names, dict):
            body.update(names)
        else:
            names = list(names)
            count = 0
            last = []
            for item in names:
                if isinstance(item, str):
                    value = cls._generate_next_value_(item, start, count, last[:])
                    key = item
                else:
                    key, value = item
                body[key] = value
                last.append(value)
                count += 1
        body["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            body["__qualname__"] = qualname
        metacls = builtins_type(cls)
        return metacls.__new__(metacls, class_name, bases, body)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (builtins_type(value).__qualname__, builtins_type(cls).__qualname__)
            )
        return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        type.__delattr__(cls, attr)


builtins_type = type
EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Base class of enumerations."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Enums whose str() and format() are those of the mixed-in type."""


_enum_base_defined = True


class IntEnum(int, ReprEnum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _power_of_two(n):
    return n > 0 and n & (n - 1) == 0


class Flag(Enum):
    """Members that combine with the bitwise operators."""

    _flag_mask_ = 0

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            high = max(high, v)
        return 1 << high.bit_length() if high else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = mask & value
        if not issubclass(cls, int) and value & ~mask:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._decompose(value)]
        extra = value & ~mask
        if not names:
            pseudo._name_ = None
        else:
            pseudo._name_ = "|".join(names)
        if extra and names:
            pseudo._name_ += "|%d" % extra
        elif extra:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _decompose(cls, value):
        out = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if _power_of_two(m._value_) and m._value_ & value == m._value_:
                out.append(m)
        return out

    def __repr__(self):
        cls_name = self.__class__.__name__
        v = self._value_
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, v)
        return "<%s.%s: %r>" % (cls_name, self._name_, v)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._decompose(self._value_))

    def __len__(self):
        return len(self.__class__._decompose(self._value_))

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, int):
            return int(other)
        return None

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        return enumeration

    return decorator


def global_enum(cls):
    return cls


property = _builtin_property
