"""Shallow and deep copy operations (copy.copy, copy.deepcopy).

Classes customize copying with ``__copy__`` / ``__deepcopy__(memo)``; other
instances are copied by making a new instance of the same class (without calling
``__init__``) and copying its ``__dict__`` and ``__slots__`` values.
``__reduce_ex__``-based copying is not supported.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0),
           property)


_VALUE_BASES = (tuple, int, float, str, bytes, frozenset, complex)


def _new_like(x, deep=False, memo=None):
    """A new instance of type(x) made like copyreg does: cls.__new__(cls, *args)."""
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None and isinstance(x, _VALUE_BASES):
        args = getnewargs()
    else:
        args = ()
        for base in _VALUE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    if deep and args:
        args = deepcopy(args, memo)
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__'):
                names.append(name)
    return names


def _copy_inst_state(x, y, deep, memo):
    d = getattr(x, '__dict__', None)
    if d is not None:
        if deep:
            d = deepcopy(d, memo)
        y.__dict__.update(d)
    for name in _slot_names(type(x)):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        if deep:
            value = deepcopy(value, memo)
        setattr(y, name, value)


def _is_builtin_container(x, types):
    return type(x) in types


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is frozenset or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    if issubclass(cls, BaseException):
        y = cls.__new__(cls, *x.args)
        _copy_inst_state(x, y, False, None)
        return y
    if isinstance(x, (list, dict, set)):
        y = _new_like(x)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        else:
            y.update(x)
        _copy_inst_state(x, y, False, None)
        return y
    y = _new_like(x)
    _copy_inst_state(x, y, False, None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that refers to itself was copied while building its items.
        if d in memo:
            return memo[d]
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif issubclass(cls, type):
            y = x
        elif issubclass(cls, BaseException):
            y = cls.__new__(cls, *deepcopy(x.args, memo))
            memo[d] = y
            _copy_inst_state(x, y, True, memo)
        else:
            y = _new_like(x, True, memo)
            memo[d] = y
            if isinstance(x, list):
                for a in x:
                    y.append(deepcopy(a, memo))
            elif isinstance(x, dict):
                for key, value in x.items():
                    y[deepcopy(key, memo)] = deepcopy(value, memo)
            elif isinstance(x, set):
                for a in x:
                    y.add(deepcopy(a, memo))
            _copy_inst_state(x, y, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo is (its id is a memo key)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
