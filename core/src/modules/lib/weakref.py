"""Weak references, emulated with strong references.

This runtime has no weak references: ``ref(obj)`` keeps ``obj`` alive and calling it
always returns the object (never None); callbacks never fire. ``WeakValueDictionary``,
``WeakKeyDictionary`` and ``WeakSet`` behave as an ordinary dict/set; ``proxy``
forwards to the object; ``finalize`` runs its callback when called or at exit
(atexit=True). Programs that use weak references as caches keep working, only
holding memory longer.
"""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ref:
    """A reference to an object (strong in this runtime)."""

    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return not self._obj == other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))


ReferenceType = ref


class WeakMethod(ref):
    """A reference to a bound method (strong in this runtime)."""

    __slots__ = ()


class ProxyType:
    """A proxy forwarding attribute access to its referent."""

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ProxyType__obj', obj)

    def __getattr__(self, name):
        return getattr(self.__obj, name)

    def __setattr__(self, name, value):
        setattr(self.__obj, name, value)

    def __delattr__(self, name):
        delattr(self.__obj, name)

    def __repr__(self):
        return repr(self.__obj)

    def __str__(self):
        return str(self.__obj)

    def __len__(self):
        return len(self.__obj)

    def __iter__(self):
        return iter(self.__obj)

    def __getitem__(self, key):
        return self.__obj[key]

    def __setitem__(self, key, value):
        self.__obj[key] = value

    def __contains__(self, item):
        return item in self.__obj

    def __bool__(self):
        return bool(self.__obj)

    def __eq__(self, other):
        return self.__obj == other

    def __call__(self, *args, **kwargs):
        return self.__obj(*args, **kwargs)


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """Create a proxy object that forwards to obj."""
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """Mapping whose values would be weakly referenced (strong here)."""

    def itervaluerefs(self):
        return [ref(v) for v in self.values()]

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))


class WeakKeyDictionary(dict):
    """Mapping whose keys would be weakly referenced (strong here)."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))


class WeakSet(set):
    """Set whose elements would be weakly referenced (strong here)."""

    def copy(self):
        return type(self)(self)


class finalize:
    """Call func(*args, **kwargs) once: when called, detached never, or at exit."""

    _registered = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._alive = True
        self.atexit = True
        if not finalize._registered:
            import atexit
            atexit.register(finalize._exitfunc)
        finalize._registered.append(self)

    def __call__(self, _=None):
        if self._alive:
            self._alive = False
            return self._func(*self._args, **self._kwargs)
        return None

    def detach(self):
        if self._alive:
            self._alive = False
            return (self._obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        if self._alive:
            return (self._obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        return self._alive

    @classmethod
    def _exitfunc(cls):
        pending = [f for f in cls._registered if f._alive and f.atexit]
        pending.reverse()
        for f in pending:
            f()
