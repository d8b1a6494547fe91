"""JSON (RFC 8259) encoding and decoding: dumps/dump, loads/load."""

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder
from _json import decode as _fast_decode, encode as _fast_encode

__version__ = "2.0.9"
__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder",
           "JSONDecodeError", "JSONEncoder"]

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
             separators, default, sort_keys, kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """`obj` as a JSON formatted str."""
    if (ensure_ascii is True and allow_nan is True and cls is None
            and indent is None and separators is None and sort_keys is False
            and not kw):
        # (see JSONEncoder._fast for why skipkeys, check_circular and
        # default need no check)
        text = _fast_encode(obj, True, True, False, None, ", ", ": ")
        if text is not NotImplemented:
            return text
    return _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                    indent, separators, default, sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write `obj` as JSON to the file-like `fp` (anything with write())."""
    enc = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                   indent, separators, default, sort_keys, kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object for the JSON document `s`."""
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                        % (s.__class__.__name__,))
    plain = (cls is None and object_hook is None and parse_int is None
             and parse_float is None and parse_constant is None
             and object_pairs_hook is None and not kw)
    if plain:
        # (a document starting with a BOM is left to the checks below)
        obj = _fast_decode(s)
        if obj is not NotImplemented:
            return obj
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if plain:
        return _default_decoder._decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object for the JSON document read from `fp` (anything with
    read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
