"""Type hints: enough of `typing` for annotated scripts to import and run.

Written in Python. Subscripting (`List[int]`, `Optional[str]`, `Callable[[int], str]`)
builds alias objects whose repr matches CPython's; none of it is checked at run time.
`NamedTuple` and `TypedDict` class syntax build real tuple classes and plain dicts.
"""

import sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, (list, tuple)):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _FunctionType_probe():
    pass


_FunctionType = type(_FunctionType_probe)
del _FunctionType_probe


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)


class _BaseAlias:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_BaseAlias):
    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self._name)
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


class _GenericAlias(_BaseAlias):
    """`List[int]`, `Dict[str, int]`, `MyGeneric[T]`: an origin and its arguments."""

    def __init__(self, origin, args, name=None, special=False):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._special = special
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self._special:
            return name
        if not self.__args__:
            return name + "[()]"
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name and self._special is not None and self.__origin__.__module__ == "builtins" and self._name[0].isupper():
            raise TypeError(
                "Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__)
            )
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special:
            return _subscript(self, params)
        # substitute type variables
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else a for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, self._name)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        if self._special:
            return isinstance(obj, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        if self._special:
            return issubclass(cls, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            if self._name == "Protocol" or origin is Protocol:
                return (Protocol,)
            return (Generic,)
        res = [origin]
        if not any(issubclass(b, Generic) for b in bases if isinstance(b, type)) and not any(
            isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol) for b in bases
        ):
            i = list(bases).index(self)
            later = bases[i + 1 :]
            if not any(isinstance(b, _GenericAlias) and b.__origin__ is not Generic for b in later):
                if Generic not in getattr(origin, "__mro__", ()):
                    res.append(Generic)
        return tuple(res)


def _subscript(alias, params):
    name = alias._name
    if name == "Callable":
        if len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableAlias(alias.__origin__, (..., result), name)
        return _CallableAlias(alias.__origin__, tuple(args) + (result,), name)
    if name == "Tuple" and params == ((),):
        params = ()
    return _GenericAlias(alias.__origin__, tuple(_type_check(p) for p in params), name)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        name = "typing." + (self._name or "Callable")
        if self._special:
            return name
        if len(args) == 2 and args[0] is ...:
            return "%s[..., %s]" % (name, _type_repr(args[1]))
        return "%s[[%s], %s]" % (name, ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    args = []
    for p in flat:
        if p not in args:
            args.append(p)
    if len(args) == 1:
        return args[0]
    return _UnionAlias(Union, tuple(args), "Union")


def _optional_getitem(self, parameters):
    return Union[parameters, None]


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(Literal, parameters, "Literal")


def _single_getitem(self, parameters):
    return _GenericAlias(self, (_type_check(parameters),), self._name)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
Concatenate = _SpecialForm("Concatenate", lambda self, p: _GenericAlias(self, p, "Concatenate"))
Unpack = _SpecialForm("Unpack", _single_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)

    @property
    def args(self):
        return self

    @property
    def kwargs(self):
        return self


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base class of user generic classes: `class Box(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, tuple(_type_check(p) for p in params), None)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError(
                    "Instance and class checks can only be used with @runtime_checkable protocols"
                )
            return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))
        return type.__instancecheck__(cls, instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in base.__dict__:
            if not attr.startswith("_abc_") and attr not in (
                "__abstractmethods__",
                "__annotations__",
                "__weakref__",
                "_is_protocol",
                "_is_runtime_protocol",
                "__dict__",
                "__args__",
                "__slots__",
                "__next_in_mro__",
                "__parameters__",
                "__origin__",
                "__orig_bases__",
                "__extra__",
                "__tree_hash__",
                "__doc__",
                "__subclasshook__",
                "__init__",
                "__new__",
                "__module__",
                "_MutableMapping__marker",
                "__qualname__",
                "__protocol_attrs__",
            ):
                attrs.add(attr)
        for attr in base.__dict__.get("__annotations__", {}):
            attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, name):
    return _GenericAlias(origin, (), name, special=True)


def _abc(name):
    try:
        import collections.abc as abc_mod

        return getattr(abc_mod, name)
    except Exception:
        return type(name, (), {"__module__": "collections.abc"})


List = _alias(list, "List")
Dict = _alias(dict, "Dict")
Set = _alias(set, "Set")
FrozenSet = _alias(frozenset, "FrozenSet")
Tuple = _alias(tuple, "Tuple")
Type = _alias(type, "Type")
Callable = _CallableAlias(_abc("Callable"), (), "Callable", special=True)
Iterable = _alias(_abc("Iterable"), "Iterable")
Iterator = _alias(_abc("Iterator"), "Iterator")
Generator = _alias(_abc("Generator"), "Generator")
Sequence = _alias(_abc("Sequence"), "Sequence")
MutableSequence = _alias(_abc("MutableSequence"), "MutableSequence")
Mapping = _alias(_abc("Mapping"), "Mapping")
MutableMapping = _alias(_abc("MutableMapping"), "MutableMapping")
AbstractSet = _alias(_abc("Set"), "AbstractSet")
MutableSet = _alias(_abc("MutableSet"), "MutableSet")
Collection = _alias(_abc("Collection"), "Collection")
Container = _alias(_abc("Container"), "Container")
Hashable = _alias(_abc("Hashable"), "Hashable")
Sized = _alias(_abc("Sized"), "Sized")
Reversible = _alias(_abc("Reversible"), "Reversible")
Awaitable = _alias(_abc("Awaitable"), "Awaitable")
Coroutine = _alias(_abc("Coroutine"), "Coroutine")
AsyncIterable = _alias(_abc("AsyncIterable"), "AsyncIterable")
AsyncIterator = _alias(_abc("AsyncIterator"), "AsyncIterator")
AsyncGenerator = _alias(_abc("AsyncGenerator"), "AsyncGenerator")
KeysView = _alias(_abc("KeysView"), "KeysView")
ValuesView = _alias(_abc("ValuesView"), "ValuesView")
ItemsView = _alias(_abc("ItemsView"), "ItemsView")
MappingView = _alias(_abc("MappingView"), "MappingView")
ContextManager = _alias(_abc("ContextManager") if False else object, "ContextManager")
AsyncContextManager = _alias(object, "AsyncContextManager")


def _collections(name, fallback):
    try:
        import collections

        return getattr(collections, name)
    except Exception:
        return fallback


DefaultDict = _alias(_collections("defaultdict", dict), "DefaultDict")
OrderedDict = _alias(_collections("OrderedDict", dict), "OrderedDict")
Counter = _alias(_collections("Counter", dict), "Counter")
ChainMap = _alias(_collections("ChainMap", dict), "ChainMap")
Deque = _alias(_collections("deque", list), "Deque")
Text = str
ByteString = _alias(bytes, "ByteString")
Pattern = _alias(object, "Pattern")
Match = _alias(object, "Match")
IO = _alias(object, "IO")
TextIO = _alias(object, "TextIO")
BinaryIO = _alias(object, "BinaryIO")
SupportsInt = _alias(object, "SupportsInt")
SupportsFloat = _alias(object, "SupportsFloat")
SupportsIndex = _alias(object, "SupportsIndex")
SupportsAbs = _alias(object, "SupportsAbs")
SupportsRound = _alias(object, "SupportsRound")
SupportsBytes = _alias(object, "SupportsBytes")
SupportsComplex = _alias(object, "SupportsComplex")


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated functions "
            "outside a stub module should always be followed by an implementation that is not @overload-ed."
        )

    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn

    return decorator


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = globalns
            if g is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, "__dict__", {}) if mod is not None else {}
            l = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, l)
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    g = globalns if globalns is not None else getattr(obj, "__globals__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias) and not tp._special:
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias) and not tp._special:
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _make_nmtuple(name, fields, defaults, module):
    """A tuple subclass with named fields (what `collections.namedtuple` builds)."""
    field_names = tuple(f for f, _ in fields)
    n = len(field_names)
    default_values = tuple(defaults[f] for f in field_names if f in defaults)
    nd = len(default_values)

    def __new__(cls, *args, **kwargs):
        if len(args) > n:
            raise TypeError("%s() takes %d positional arguments but %d were given" % (cls.__name__, n + 1, len(args) + 1))
        values = list(args)
        for i in range(len(args), n):
            f = field_names[i]
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in defaults:
                values.append(defaults[f])
            else:
                missing = [g for g in field_names[i:] if g not in kwargs and g not in defaults]
                raise TypeError(
                    "%s() missing %d required positional argument%s: %s"
                    % (
                        cls.__name__,
                        len(missing),
                        "" if len(missing) == 1 else "s",
                        " and ".join(", ".join(repr(m) for m in missing).rsplit(", ", 1)),
                    )
                )
        if kwargs:
            k = next(iter(kwargs))
            if k in field_names:
                raise TypeError("%s() got multiple values for argument %r" % (cls.__name__, k))
            raise TypeError("%s() got an unexpected keyword argument %r" % (cls.__name__, k))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, v) for f, v in zip(field_names, self)))

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(field_names, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return tuple.__new__(type(self), values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != n:
            raise TypeError("Expected %d arguments, got %d" % (n, len(values)))
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": _make,
        "__getnewargs__": __getnewargs__,
        "_fields": field_names,
        "_field_defaults": dict((f, defaults[f]) for f in field_names if f in defaults),
        "__annotations__": dict(fields),
        "__module__": module,
        "__slots__": (),
        "__match_args__": field_names,
    }
    for i, f in enumerate(field_names):
        ns[f] = property(lambda self, i=i: self[i], doc="Alias for field number %d" % i)
    return type(name, (tuple,), ns)


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get("_root"):
            return type.__new__(cls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        defaults = {}
        for f in types:
            if f in ns:
                defaults[f] = ns[f]
            elif defaults:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default field%s %s"
                    % (f, "s" if len(defaults) > 1 else "", ", ".join(defaults))
                )
        nm_tpl = _make_nmtuple(typename, list(types.items()), defaults, ns.get("__module__", "__main__"))
        for key, val in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "_root") or key in types:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "_field_defaults", "__new__", "__init__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(nm_tpl, key, val)
        return nm_tpl


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    try:
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
    except Exception:
        module = "__main__"
    return _make_nmtuple(typename, list(fields), {}, module)


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__total__"] = total
        keys = set(annotations)
        ns["__required_keys__"] = frozenset(keys) if total else frozenset()
        ns["__optional_keys__"] = frozenset() if total else frozenset(keys)
        return type.__new__(cls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")


class _TypedDictBase(metaclass=_TypedDictMeta):
    pass


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {"__annotations__": dict(fields)}, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)

